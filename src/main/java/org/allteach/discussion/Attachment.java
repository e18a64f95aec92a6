package org.allteach.discussion;

/** A file attached to a post, as its readers see it: images show in the post, other files are downloads. */
public record Attachment(long fileId, String name, String mediaType, String size, String downloadPath,
                         boolean image) {
}
