package org.allteach.messaging;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.allteach.collaborative.Colleagues;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Who belongs to a conversation context: the one place that knows each kind of context. A new kind (the alumni
 * community) adds its case here.
 */
@Component
class ContextMembers {

    private final Colleagues colleagues;

    ContextMembers(Colleagues colleagues) {
        this.colleagues = colleagues;
    }

    /** The contexts the signed-in person may start conversations in. */
    List<ContextOption> mine() {
        return colleagues.myCollaboratives().stream()
                .map(collaborative -> new ContextOption(ConversationContext.collaborative(collaborative.id()),
                        collaborative.name()))
                .toList();
    }

    /**
     * Which of these people belong to the context. Refuses ({@code AccessDeniedException}) when the signed-in person
     * does not.
     */
    Set<Long> membersAmong(ConversationContext context, Collection<Long> personIds) {
        return switch (context.kind()) {
            case COLLABORATIVE -> colleagues.membersAmong(context.collaborativeId(), personIds);
        };
    }

    /** One page of the other members of the context, by name, leaving out the {@code excluded} people. */
    List<PossibleRecipient> others(ConversationContext context, String nameFilter, Collection<Long> excluded,
                                   Pageable page) {
        return switch (context.kind()) {
            case COLLABORATIVE -> colleagues.colleagues(context.collaborativeId(), nameFilter, excluded, page).stream()
                    .map(colleague -> new PossibleRecipient(colleague.personId(), colleague.displayName(),
                            colleague.affiliation()))
                    .toList();
        };
    }
}
