package org.allteach.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.allteach.identity.Accounts;
import org.allteach.identity.CurrentPerson;
import org.allteach.identity.PersonProfile;
import org.allteach.messaging.internal.Conversation;
import org.allteach.messaging.internal.ConversationMessage;
import org.allteach.messaging.internal.ConversationMessageRepository;
import org.allteach.messaging.internal.ConversationRepository;
import org.allteach.messaging.internal.Participation;
import org.allteach.messaging.internal.ParticipationRepository;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.UniqueConstraints;
import org.allteach.shared.markdown.MarkdownRenderer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * One conversation: starting it, reading and sending messages, adding people, leaving, read state. Every method
 * checks that the signed-in person takes part; for anyone else a conversation does not exist
 * ({@link NoSuchElementException}, the same as for an unknown id).
 */
@Service
public class Conversations {

    /** Everyone in a conversation, whoever started it included. */
    public static final int MAX_PARTICIPANTS = 9;
    /** Characters in one message. */
    public static final int MAX_BODY = 20_000;
    static final int MAX_SUBJECT = 160;
    /** Messages in one page. */
    public static final int MAX_PAGE = 100;

    private final ConversationRepository conversations;
    private final ParticipationRepository participations;
    private final ConversationMessageRepository messages;
    private final ContextMembers contextMembers;
    private final CurrentPerson currentPerson;
    private final Accounts accounts;
    private final MarkdownRenderer markdown;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Conversations(ConversationRepository conversations, ParticipationRepository participations,
                  ConversationMessageRepository messages, ContextMembers contextMembers, CurrentPerson currentPerson,
                  Accounts accounts, MarkdownRenderer markdown, ApplicationEventPublisher events, Clock clock) {
        this.conversations = conversations;
        this.participations = participations;
        this.messages = messages;
        this.contextMembers = contextMembers;
        this.currentPerson = currentPerson;
        this.accounts = accounts;
        this.markdown = markdown;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Starts a conversation with 1 to 8 other people of the context, with a first message. Writing to one person
     * with whom the signed-in person already has a 1:1 conversation in this context continues that conversation
     * (and ignores the subject).
     *
     * @return the conversation's id
     * @throws InvalidInput with fields {@code context}, {@code recipients}, {@code subject}, {@code body}
     */
    @Transactional
    public long start(ConversationContext context, Collection<Long> recipientIds, String subject, String body) {
        long me = currentPerson.requireId();
        Set<Long> others = recipientIds == null ? Set.of() : recipientIds.stream()
                .filter(Objects::nonNull).filter(id -> id != me)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (context == null) {
            errors.add("context", "Choose the collaborative to write in.");
        }
        if (others.isEmpty()) {
            errors.add("recipients", "Choose who to write to.");
        } else if (others.size() > MAX_PARTICIPANTS - 1) {
            errors.add("recipients", "Choose at most " + (MAX_PARTICIPANTS - 1) + " people. For a larger group, use "
                    + "a discussion space.");
        } else if (context != null && !contextMembers.reachableAmong(context, others).containsAll(others)) {
            errors.add("recipients", ContextMembers.notReachable(context));
        }
        String title = errors.optionalLine("subject", subject, MAX_SUBJECT);
        String text = body(body, errors);
        errors.throwIfAny();

        Instant now = clock.instant();
        Conversation conversation;
        if (others.size() == 1) {
            String pairKey = Conversation.pairKey(me, others.iterator().next());
            conversation = conversations.findDirect(context, pairKey)
                    .orElseGet(() -> open(context, title, pairKey, me, others, now));
        } else {
            conversation = open(context, title, null, me, others, now);
        }
        ConversationMessage message = post(conversation, me, MessageKind.MESSAGE, text, now);
        events.publishEvent(new MessageSent(conversation.getId(), message.getId(), me, others));
        return conversation.getId();
    }

    /** @throws NoSuchElementException when there is no such conversation or the person is not in it */
    @Transactional(readOnly = true)
    public ConversationDetails conversation(long conversationId) {
        long me = currentPerson.requireId();
        Conversation conversation = participating(conversationId, me);
        List<Participant> people = participantsOf(conversationId);
        List<Participant> others = people.stream().filter(p -> p.personId() != me).toList();
        return new ConversationDetails(conversationId, conversation.getContext(), conversation.getSubject(),
                ConversationText.title(conversation.getSubject(), others), conversation.isDirect(), people);
    }

    /**
     * Up to {@code limit} (at most {@link #MAX_PAGE}) messages before a message, or the newest ones when
     * {@code beforeMessageId} is null; oldest first.
     */
    @Transactional(readOnly = true)
    public MessagePage messagesBefore(long conversationId, Long beforeMessageId, int limit) {
        long me = currentPerson.requireId();
        participating(conversationId, me);
        int size = Math.clamp(limit, 1, MAX_PAGE);
        List<ConversationMessage> found = messages.findByConversationIdAndIdLessThanOrderByIdDesc(conversationId,
                beforeMessageId == null ? Long.MAX_VALUE : beforeMessageId, Limit.of(size + 1));
        List<ConversationMessage> page = found.subList(0, Math.min(size, found.size())).reversed();
        return new MessagePage(views(page, me), found.size() > size);
    }

    /** The messages after one, oldest first, at most {@link #MAX_PAGE}: ask again from the last for more. */
    @Transactional(readOnly = true)
    public List<MessageView> messagesAfter(long conversationId, long afterMessageId) {
        long me = currentPerson.requireId();
        participating(conversationId, me);
        return views(messages.findByConversationIdAndIdGreaterThanOrderByIdAsc(conversationId, afterMessageId,
                Limit.of(MAX_PAGE)), me);
    }

    /**
     * Sends a message (Markdown) and marks the conversation read up to it for the sender.
     *
     * @throws InvalidInput with field {@code body}
     */
    @Transactional
    public MessageView send(long conversationId, String body) {
        long me = currentPerson.requireId();
        Conversation conversation = participating(conversationId, me);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String text = body(body, errors);
        errors.throwIfAny();
        Set<Long> recipients = participations.findByConversationId(conversationId).stream()
                .map(Participation::getPersonId).filter(id -> id != me).collect(Collectors.toSet());
        ConversationMessage message = post(conversation, me, MessageKind.MESSAGE, text, clock.instant());
        events.publishEvent(new MessageSent(conversationId, message.getId(), me, recipients));
        return views(List.of(message), me).getFirst();
    }

    /**
     * Adds people of the conversation's context to a group conversation. They see its history; a note tells
     * everyone who added whom.
     *
     * @throws InvalidInput with field {@code people}
     */
    @Transactional
    public void addPeople(long conversationId, Collection<Long> personIds) {
        long me = currentPerson.requireId();
        Conversation conversation = participating(conversationId, me);
        if (conversation.isDirect()) {
            throw InvalidInput.of("people", "A 1:1 conversation stays between the two of you. To include more "
                    + "people, start a new conversation with everyone.");
        }
        Set<Long> present = participations.findByConversationId(conversationId).stream()
                .map(Participation::getPersonId).collect(Collectors.toSet());
        Set<Long> added = personIds == null ? Set.of() : personIds.stream().filter(Objects::nonNull)
                .filter(id -> !present.contains(id)).collect(Collectors.toCollection(LinkedHashSet::new));
        if (added.isEmpty()) {
            throw InvalidInput.of("people", "Choose someone who is not in the conversation yet.");
        }
        if (present.size() + added.size() > MAX_PARTICIPANTS) {
            int room = Math.max(0, MAX_PARTICIPANTS - present.size());
            throw InvalidInput.of("people", "A conversation has at most " + MAX_PARTICIPANTS + " people; you can add "
                    + (room == 0 ? "nobody" : "up to " + room) + " more.");
        }
        if (!contextMembers.reachableAmong(conversation.getContext(), added).containsAll(added)) {
            throw InvalidInput.of("people", conversation.getContext().kind() == ConversationContext.Kind.COMMUNITY
                    ? "You can add only people listed in the community's directory."
                    : "You can add only members of this conversation's collaborative.");
        }
        Set<Long> named = new HashSet<>(added);
        named.add(me);
        Map<Long, PersonProfile> profiles = accounts.profiles(named);
        String addedNames = added.stream().map(id -> profiles.get(id).displayName()).sorted()
                .collect(Collectors.collectingAndThen(Collectors.toList(), Conversations::listOfNames));
        Instant now = clock.instant();
        long seenUpTo = conversation.getLastMessageId();
        post(conversation, me, MessageKind.NOTE, profiles.get(me).displayName() + " added " + addedNames + ".", now);
        // What was said before they came is history, not news; the note that they were added is.
        participations.saveAll(added.stream().map(id -> new Participation(conversationId, id, seenUpTo, now))
                .toList());
        Set<Long> everyone = new HashSet<>(present);
        everyone.addAll(added);
        events.publishEvent(new ConversationChanged(conversationId, everyone));
    }

    /**
     * One page of the people who could be added to a group conversation: members of its context not in it yet.
     * Empty for a 1:1 conversation.
     */
    @Transactional(readOnly = true)
    public List<PossibleRecipient> peopleToAdd(long conversationId, String nameFilter, Pageable page) {
        long me = currentPerson.requireId();
        Conversation conversation = participating(conversationId, me);
        if (conversation.isDirect()) {
            return List.of();
        }
        Set<Long> present = participations.findByConversationId(conversationId).stream()
                .map(Participation::getPersonId).collect(Collectors.toSet());
        return contextMembers.others(conversation.getContext(), nameFilter, present, page);
    }

    /**
     * Leaves a group conversation: it disappears from the person's list, and a note tells the others.
     *
     * @throws InvalidInput (for the whole form) for a 1:1 conversation, which nobody leaves
     */
    @Transactional
    public void leave(long conversationId) {
        long me = currentPerson.requireId();
        Conversation conversation = participating(conversationId, me);
        if (conversation.isDirect()) {
            throw InvalidInput.of("", "A 1:1 conversation cannot be left.");
        }
        List<Participation> people = participations.findByConversationId(conversationId);
        post(conversation, me, MessageKind.NOTE, accounts.profile(me).displayName() + " left the conversation.",
                clock.instant());
        participations.deleteAll(people.stream().filter(p -> p.getPersonId() == me).toList());
        events.publishEvent(new ConversationChanged(conversationId,
                people.stream().map(Participation::getPersonId).collect(Collectors.toSet())));
    }

    /** Records that the signed-in person has read the conversation up to a message (never backwards). */
    @Transactional
    public void markRead(long conversationId, long upToMessageId) {
        long me = currentPerson.requireId();
        Conversation conversation = participating(conversationId, me);
        long upTo = Math.min(upToMessageId, conversation.getLastMessageId());
        if (participations.markRead(conversationId, me, upTo) > 0) {
            events.publishEvent(new ConversationRead(conversationId, me, upTo));
        }
    }

    private Conversation participating(long conversationId, long personId) {
        // The same answer whether the conversation does not exist or is someone else's.
        NoSuchElementException notFound = new NoSuchElementException("No conversation " + conversationId);
        participations.findByConversationIdAndPersonId(conversationId, personId).orElseThrow(() -> notFound);
        return conversations.findById(conversationId).orElseThrow(() -> notFound);
    }

    private Conversation open(ConversationContext context, String subject, String pairKey, long me,
                              Set<Long> others, Instant now) {
        Conversation conversation = UniqueConstraints.saving(() -> conversations.saveAndFlush(
                        new Conversation(context, subject, pairKey, me, now)), "uk_conversation_pair", "recipients",
                "You have just started a conversation with this person elsewhere. Open it from Messages.");
        Set<Long> everyone = new LinkedHashSet<>();
        everyone.add(me);
        everyone.addAll(others);
        participations.saveAll(everyone.stream()
                .map(id -> new Participation(conversation.getId(), id, 0, now)).toList());
        return conversation;
    }

    private ConversationMessage post(Conversation conversation, long senderId, MessageKind kind, String body,
                                     Instant now) {
        ConversationMessage message = messages.saveAndFlush(new ConversationMessage(conversation.getId(), senderId,
                kind, body, now));
        conversations.advanceLastMessage(conversation.getId(), message.getId());
        participations.touch(conversation.getId(), now);
        participations.markRead(conversation.getId(), senderId, message.getId());
        return message;
    }

    private List<Participant> participantsOf(long conversationId) {
        Set<Long> ids = participations.findByConversationId(conversationId).stream()
                .map(Participation::getPersonId).collect(Collectors.toSet());
        return accounts.profiles(ids).values().stream()
                .map(profile -> new Participant(profile.id(), profile.displayName()))
                .sorted(Comparator.comparing(Participant::displayName).thenComparing(Participant::personId))
                .toList();
    }

    private List<MessageView> views(List<ConversationMessage> found, long me) {
        Map<Long, PersonProfile> senders = accounts.profiles(found.stream().map(ConversationMessage::getSenderId)
                .collect(Collectors.toSet()));
        return found.stream().map(message -> new MessageView(message.getId(), message.getKind(),
                message.getSenderId(), senders.get(message.getSenderId()).displayName(), message.getCreatedAt(),
                html(message), message.getSenderId() == me)).toList();
    }

    private String html(ConversationMessage message) {
        return message.getKind() == MessageKind.NOTE
                ? "<p>" + HtmlUtils.htmlEscape(message.getBody()) + "</p>"
                : markdown.toSafeHtml(message.getBody());
    }

    /** The text as written, without blank lines around it; refuses empty and oversized messages. */
    private static String body(String body, InvalidInput.Collector errors) {
        if (body == null || body.isBlank()) {
            errors.add("body", "Write a message first.");
            return null;
        }
        String text = body.replaceFirst("^(\\s*\\R)+", "").stripTrailing();
        if (text.length() > MAX_BODY) {
            errors.add("body", String.format(Locale.US, "Keep a message to %,d characters; this one has %,d. Split it "
                    + "into several messages.", MAX_BODY, text.length()));
            return null;
        }
        return text;
    }

    /** "Ana", "Ana and Ben", "Ana, Ben and Carl". */
    static String listOfNames(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }
}
