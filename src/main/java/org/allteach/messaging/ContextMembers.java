package org.allteach.messaging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.collaborative.CollaborativeStatus;
import org.allteach.collaborative.Colleagues;
import org.allteach.community.Community;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Whom a conversation context lets the signed-in person write to: the one place that knows each kind of context. New
 * conversations (and new participants) go to members of an open collaborative, or to the community's listed members.
 * A closed collaborative's conversations go on among the people already in them (they are theirs, not the archive's);
 * new ones start in the community (docs/decisions/0033, 0034).
 */
@Component
class ContextMembers {

    static final String COMMUNITY = "Community of practice";

    private final Colleagues colleagues;
    private final Community community;
    private final CollaborativeAccess access;

    ContextMembers(Colleagues colleagues, Community community, CollaborativeAccess access) {
        this.colleagues = colleagues;
        this.community = community;
        this.access = access;
    }

    /** The contexts the signed-in person may start conversations in: open collaboratives and the community. */
    List<ContextOption> mine() {
        List<ContextOption> mine = new ArrayList<>(colleagues.myCollaboratives().stream()
                .filter(collaborative -> collaborative.status() != CollaborativeStatus.ALUMNI)
                .map(collaborative -> new ContextOption(ConversationContext.collaborative(collaborative.id()),
                        collaborative.name()))
                .toList());
        if (community.mayBrowse()) {
            mine.add(new ContextOption(ConversationContext.community(), COMMUNITY));
        }
        return mine;
    }

    /** Whether new conversations may start in the context: not in a closed collaborative's. */
    boolean open(ConversationContext context) {
        return context.kind() == ConversationContext.Kind.COMMUNITY || !access.isClosed(context.collaborativeId());
    }

    /**
     * Which of these people a new conversation, or a conversation's new participant, may be in the context. Refuses
     * ({@code AccessDeniedException}) when the signed-in person does not belong to the context, and
     * ({@code ReadOnlyArchive}) in a closed collaborative's.
     */
    Set<Long> reachableAmong(ConversationContext context, Collection<Long> personIds) {
        return switch (context.kind()) {
            case COLLABORATIVE -> {
                Set<Long> members = colleagues.membersAmong(context.collaborativeId(), personIds);
                access.requireOpen(context.collaborativeId());
                yield members;
            }
            case COMMUNITY -> {
                community.requireBrowser();
                yield community.listedAmong(personIds);
            }
        };
    }

    /**
     * One page of the people {@link #reachableAmong} would accept, by name, leaving out the {@code excluded} people;
     * nobody in a closed collaborative.
     */
    List<PossibleRecipient> others(ConversationContext context, String nameFilter, Collection<Long> excluded,
                                   Pageable page) {
        if (!open(context)) {
            return List.of();
        }
        return switch (context.kind()) {
            case COLLABORATIVE -> colleagues.colleagues(context.collaborativeId(), nameFilter, excluded, page).stream()
                    .map(colleague -> new PossibleRecipient(colleague.personId(), colleague.displayName(),
                            colleague.affiliation()))
                    .toList();
            case COMMUNITY -> community.directoryWithout(nameFilter, excluded, (int) page.getOffset(),
                            page.getPageSize()).stream()
                    .map(entry -> new PossibleRecipient(entry.personId(), entry.displayName(),
                            entry.history().isEmpty() ? COMMUNITY : entry.history().getFirst().label()))
                    .toList();
        };
    }

    /** What to tell someone who chose people the context does not reach. */
    static String notReachable(ConversationContext context) {
        return context.kind() == ConversationContext.Kind.COMMUNITY
                ? "You can write only to people listed in the community's directory."
                : "You can write only to members of the chosen collaborative.";
    }
}
