package org.allteach.coaching;

/** Whether a coaching call still takes place. */
public enum CallStatus {
    CONFIRMED,
    CANCELLED
}
