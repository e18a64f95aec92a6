package org.allteach.messaging;

import java.util.List;

/** Consecutive messages, oldest first, and whether older ones exist. */
public record MessagePage(List<MessageView> messages, boolean hasEarlier) {
}
