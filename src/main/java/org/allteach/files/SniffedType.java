package org.allteach.files;

import org.apache.tika.mime.MimeType;

/**
 * What a file's content says it is.
 *
 * @param mediaType   without parameters, e.g. {@code application/x-msdownload}
 * @param description for people, e.g. "a Windows program"
 * @param tikaType    Tika's entry for the type: its usual file name extensions
 */
record SniffedType(String mediaType, String description, MimeType tikaType) {
}
