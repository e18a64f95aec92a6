package org.allteach.coaching;

/** The two sides of a coaching call. */
public enum Party {
    COACH,
    PARTICIPANT
}
