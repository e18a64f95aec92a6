package org.allteach.messaging;

import java.util.Objects;

/**
 * Where a conversation happens, which decides who may take part: the members of one collaborative today. The alumni
 * community of practice will be another {@link Kind} (portal-wide, so without a collaborative id).
 */
public record ConversationContext(Kind kind, Long collaborativeId) {

    public enum Kind {
        /** Members of one collaborative, any role. */
        COLLABORATIVE
    }

    public ConversationContext {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.COLLABORATIVE) != (collaborativeId != null)) {
            throw new IllegalArgumentException("A collaborative context needs its collaborative's id, and only it");
        }
    }

    public static ConversationContext collaborative(long collaborativeId) {
        return new ConversationContext(Kind.COLLABORATIVE, collaborativeId);
    }
}
