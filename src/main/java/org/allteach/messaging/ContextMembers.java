package org.allteach.messaging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.allteach.collaborative.Colleagues;
import org.allteach.community.Community;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** Who belongs to a conversation context: the one place that knows each kind of context. */
@Component
class ContextMembers {

    static final String COMMUNITY = "Community of practice";

    private final Colleagues colleagues;
    private final Community community;

    ContextMembers(Colleagues colleagues, Community community) {
        this.colleagues = colleagues;
        this.community = community;
    }

    /** The contexts the signed-in person may start conversations in. */
    List<ContextOption> mine() {
        List<ContextOption> mine = new ArrayList<>(colleagues.myCollaboratives().stream()
                .map(collaborative -> new ContextOption(ConversationContext.collaborative(collaborative.id()),
                        collaborative.name()))
                .toList());
        if (community.mayBrowse()) {
            mine.add(new ContextOption(ConversationContext.community(), COMMUNITY));
        }
        return mine;
    }

    /**
     * Which of these people belong to the context. Refuses ({@code AccessDeniedException}) when the signed-in person
     * does not.
     */
    Set<Long> membersAmong(ConversationContext context, Collection<Long> personIds) {
        return switch (context.kind()) {
            case COLLABORATIVE -> colleagues.membersAmong(context.collaborativeId(), personIds);
            case COMMUNITY -> {
                community.requireBrowser();
                yield community.membersAmong(personIds);
            }
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
            case COMMUNITY -> community.directory(nameFilter, null, (int) page.getOffset(), page.getPageSize())
                    .stream().filter(entry -> !excluded.contains(entry.personId()))
                    .map(entry -> new PossibleRecipient(entry.personId(), entry.displayName(),
                            entry.history().isEmpty() ? COMMUNITY : entry.history().getFirst().label()))
                    .toList();
        };
    }
}
