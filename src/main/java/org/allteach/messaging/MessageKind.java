package org.allteach.messaging;

public enum MessageKind {
    /** Written by a participant, in Markdown. */
    MESSAGE,
    /** Written by the portal about the conversation itself: "Ana added Ben.", "Ben left." */
    NOTE
}
