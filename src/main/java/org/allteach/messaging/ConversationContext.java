package org.allteach.messaging;

import java.util.Objects;

/**
 * Where a conversation happens, which decides who may take part: the members of one collaborative, or the community of
 * practice across all cohorts (portal-wide, so without a collaborative id).
 */
public record ConversationContext(Kind kind, Long collaborativeId) {

    public enum Kind {
        /** Members of one collaborative, any role. */
        COLLABORATIVE,
        /**
         * The community of practice: anyone in a collaborative writes to the people in the community's directory (so
         * a new cohort can ask alumni), and they write back.
         */
        COMMUNITY
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

    public static ConversationContext community() {
        return new ConversationContext(Kind.COMMUNITY, null);
    }
}
