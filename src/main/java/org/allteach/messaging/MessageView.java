package org.allteach.messaging;

import java.time.Instant;

/**
 * A message as a page shows it.
 *
 * @param html safe to put in a page as it is: the sanitised rendering of a message's Markdown, or a note's sentence
 *             with HTML escaped
 * @param mine whether the signed-in person sent it
 */
public record MessageView(long id, MessageKind kind, long senderId, String senderName, Instant sentAt, String html,
                          boolean mine) {
}
