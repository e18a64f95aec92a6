package org.allteach.messaging;

import java.util.List;

/**
 * A conversation's header.
 *
 * @param title        the subject, or else the other participants' names
 * @param direct       a 1:1 conversation: nobody joins or leaves it; a group (started with two or more others) can
 *                     grow, up to {@link Conversations#MAX_PARTICIPANTS}, and people may leave it
 * @param participants everyone in it, the signed-in person included, by name
 */
public record ConversationDetails(long id, ConversationContext context, String subject, String title, boolean direct,
                                  List<Participant> participants) {
}
