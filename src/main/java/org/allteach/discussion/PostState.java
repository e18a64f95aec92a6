package org.allteach.discussion;

/** Whether a post shows its text. Withdrawn and hidden posts keep their place in the thread. */
public enum PostState {
    VISIBLE,
    /** Taken back by its author (or a moderator); moderators can restore it. */
    WITHDRAWN,
    /** Hidden by members' flags or a moderator, pending review. */
    HIDDEN
}
