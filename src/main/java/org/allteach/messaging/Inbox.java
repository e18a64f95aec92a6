package org.allteach.messaging;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.allteach.identity.Accounts;
import org.allteach.identity.CurrentPerson;
import org.allteach.identity.PersonProfile;
import org.allteach.messaging.internal.Participation;
import org.allteach.messaging.internal.ParticipationRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's conversations, what is unread in them, and where and with whom they can start one. */
@Service
@Transactional(readOnly = true)
public class Inbox {

    private final ParticipationRepository participations;
    private final ContextMembers contextMembers;
    private final CurrentPerson currentPerson;
    private final Accounts accounts;

    Inbox(ParticipationRepository participations, ContextMembers contextMembers, CurrentPerson currentPerson,
          Accounts accounts) {
        this.participations = participations;
        this.contextMembers = contextMembers;
        this.currentPerson = currentPerson;
        this.accounts = accounts;
    }

    /**
     * One page of the person's conversations, most recent activity first, with the newest message and unread count
     * of each. A fixed number of queries, however many conversations.
     */
    public List<ConversationSummary> conversations(Pageable page) {
        long me = currentPerson.requireId();
        List<ParticipationRepository.InboxRow> rows = participations.findInbox(me,
                PageRequest.of(page.getPageNumber(), page.getPageSize()));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> peopleByConversation = participations.findByConversationIdIn(
                        rows.stream().map(ParticipationRepository.InboxRow::getConversationId).toList()).stream()
                .collect(Collectors.groupingBy(Participation::getConversationId,
                        Collectors.mapping(Participation::getPersonId, Collectors.toList())));
        Set<Long> personIds = new HashSet<>();
        peopleByConversation.values().forEach(personIds::addAll);
        // The newest message may be by someone who has left since.
        rows.stream().map(ParticipationRepository.InboxRow::getLastSenderId).filter(Objects::nonNull)
                .forEach(personIds::add);
        Map<Long, PersonProfile> people = accounts.profiles(personIds);
        return rows.stream().map(row -> {
            List<Participant> others = peopleByConversation.getOrDefault(row.getConversationId(), List.of()).stream()
                    .filter(id -> id != me).map(people::get)
                    .map(profile -> new Participant(profile.id(), profile.displayName()))
                    .sorted(Comparator.comparing(Participant::displayName))
                    .toList();
            boolean direct = row.getPairKey() != null;
            String snippet = ConversationText.snippet(row.getLastKind(), row.getLastBody());
            Long sender = row.getLastSenderId();
            if (row.getLastKind() == MessageKind.MESSAGE && sender == me) {
                snippet = "You: " + snippet;
            } else if (row.getLastKind() == MessageKind.MESSAGE && !direct) {
                snippet = ConversationText.firstName(people.get(sender).displayName()) + ": " + snippet;
            }
            return new ConversationSummary(row.getConversationId(),
                    new ConversationContext(row.getContext(), row.getCollaborativeId()), row.getSubject(),
                    ConversationText.title(row.getSubject(), others), direct, others, snippet,
                    row.getLastActivityAt(), Math.toIntExact(row.getUnread()));
        }).toList();
    }

    /** How many conversations the person is in. */
    public int conversationCount() {
        return Math.toIntExact(participations.countByPersonId(currentPerson.requireId()));
    }

    /** Messages by others that the person has not read yet, over all their conversations: one query. */
    public int unreadCount() {
        return Math.toIntExact(participations.countUnread(currentPerson.requireId()));
    }

    /** Where the person can start a conversation. */
    public List<ContextOption> contexts() {
        return contextMembers.mine();
    }

    /**
     * One person the signed-in person may write to in a context, for pages that offer "Send a message" (the
     * community's directory); empty when they may not.
     */
    public java.util.Optional<PossibleRecipient> possibleRecipient(ConversationContext context, long personId) {
        if (personId == currentPerson.requireId() || !contextMembers.open(context)
                || !contextMembers.reachableAmong(context, Set.of(personId)).contains(personId)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new PossibleRecipient(personId, accounts.profile(personId).displayName(),
                contextMembers.mine().stream().filter(option -> option.context().equals(context)).findFirst()
                        .map(ContextOption::name).orElse("")));
    }

    /** One page of the people the person may write to in a context, by name. */
    public List<PossibleRecipient> possibleRecipients(ConversationContext context, String nameFilter, Pageable page) {
        return contextMembers.others(context, nameFilter, Set.of(), page);
    }
}
