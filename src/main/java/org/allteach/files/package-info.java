/**
 * Uploaded files: {@link org.allteach.files.FileStorage} checks an upload (size, type sniffed from its content),
 * keeps its bytes on disk and a metadata row in the database, and serves it at {@code /files/{id}/{name}} to the
 * uploader and to whoever a feature's {@link org.allteach.files.FileAccessPolicy} lets see it.
 * {@link org.allteach.files.ui.FileUploadField} is the upload field forms reuse.
 */
package org.allteach.files;
