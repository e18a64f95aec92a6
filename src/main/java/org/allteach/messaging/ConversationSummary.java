package org.allteach.messaging;

import java.time.Instant;
import java.util.List;

/**
 * A row of the signed-in person's conversation list.
 *
 * @param subject         the subject, if the conversation has one
 * @param title           the subject, or else the other participants' names
 * @param others          the other participants, by name
 * @param snippet         the start of the newest message as one line of plain text, with who wrote it unless
 *                        obvious ("You: …", in groups "Rosa: …")
 * @param unread          messages by others after the person's last-read message
 */
public record ConversationSummary(long id, ConversationContext context, String subject, String title, boolean direct,
                                  List<Participant> others, String snippet,
                                  Instant lastActivityAt, int unread) {
}
