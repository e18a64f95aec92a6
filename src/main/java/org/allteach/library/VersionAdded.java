package org.allteach.library;

/** A file version was added to a resource; published in the adding transaction. */
public record VersionAdded(long resourceId, long versionId, long fileId) {
}
