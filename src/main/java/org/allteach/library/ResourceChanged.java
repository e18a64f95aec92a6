package org.allteach.library;

/**
 * A resource's description, content or place in the library changed (edited, deleted, a version's text read);
 * published in the changing transaction so derived data such as the search index can follow.
 */
public record ResourceChanged(long resourceId) {
}
