package org.allteach.messaging;

/** A context the signed-in person may start conversations in, with its name for pickers. */
public record ContextOption(ConversationContext context, String name) {
}
