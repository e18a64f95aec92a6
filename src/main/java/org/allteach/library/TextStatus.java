package org.allteach.library;

/** Whether a version's text has been read for search. */
public enum TextStatus {
    /** Waiting to be read, or being read. */
    PENDING,
    /** Read; {@code TRUNCATED} when only its first part fitted the limit. */
    EXTRACTED,
    TRUNCATED,
    /** Could not be indexed; the reason is shown to the people who may change the resource. */
    FAILED
}
