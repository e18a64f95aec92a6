package org.allteach.notification.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.allteach.notification.NotificationProperties;
import org.allteach.notification.NotificationRecipients;
import org.allteach.notification.NotificationType;
import org.allteach.notification.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends digests: each person's unread items that no email has carried yet, one email per person and period. A
 * daily digest is due at {@code digest-hour} in the person's zone and carries the items from before then; a weekly
 * one on Mondays at that hour; the activity summary (bell-only types) goes weekly to people who have not visited for
 * {@code summary-after}.
 *
 * <p>Exactly once: one transaction writes the ledger row (person, period) under its unique key, marks the items
 * emailed and queues the mail in the outbox. A second run, on this node or another, finds the row and sends nothing;
 * a crash before the commit leaves nothing behind, and the next run sends the digest.
 */
@Component
public class DigestJob {

    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

    private final NotificationRepository items;
    private final Choices choices;
    private final NotificationMails mails;
    private final NotificationRecipients recipients;
    private final NotificationProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DigestJob(NotificationRepository items, Choices choices, NotificationMails mails,
              NotificationRecipients recipients, NotificationProperties properties, TransactionTemplate transactions,
              Clock clock) {
        this.items = items;
        this.choices = choices;
        this.mails = mails;
        this.recipients = recipients;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${allteach.notifications.digest-poll:10m}",
            initialDelayString = "${allteach.notifications.digest-poll:10m}")
    void poll() {
        sendDue();
    }

    /** Sends every digest that is due now; returns how many were queued. */
    public int sendDue() {
        int sent = 0;
        long after = 0;
        List<Long> people;
        do {
            people = items.recipientsWithWaitingItems(after, Limit.of(properties.digestPageSize()));
            Map<Long, Recipient> found = recipients.find(people);
            for (long id : people) {
                Recipient person = found.get(id);
                if (person != null) {
                    sent += send(person);
                }
            }
            after = people.isEmpty() ? after : people.getLast();
        } while (people.size() == properties.digestPageSize());
        return sent;
    }

    private int send(Recipient person) {
        int sent = 0;
        for (DigestKind kind : DigestKind.values()) {
            try {
                if (Boolean.TRUE.equals(transactions.execute(tx -> send(person, kind)))) {
                    sent++;
                }
            } catch (RuntimeException e) {
                log.warn("Digest {} for person {} not sent, will try again: {}", kind, person.id(),
                        e.getMessage());
            }
        }
        return sent;
    }

    /**
     * One person's digest of one kind, if it is due and has items; in the caller's transaction. Returns whether a
     * digest was queued.
     */
    public boolean send(Recipient person, DigestKind kind) {
        ZonedDateTime now = clock.instant().atZone(person.zone());
        ZonedDateTime due = lastDue(now, kind);
        String period = kind.name() + ":" + due.toLocalDate();
        if (kind == DigestKind.SUMMARY && (!away(person.id()) || !choices.wantsSummary(person.id()))) {
            return false;
        }
        Set<NotificationType> types = choices.of(person.id()).entrySet().stream()
                .filter(choice -> choice.getValue() == kind.gathers()).map(Map.Entry::getKey).collect(Collectors.toSet());
        if (types.isEmpty()) {
            return false;
        }
        List<Notification> waiting = items.waiting(person.id(), types, due.toInstant());
        if (waiting.isEmpty() || items.claimDigest(person.id(), period, waiting.size(), clock.instant()) == 0) {
            return false;
        }
        long digestId = items.digestId(person.id(), period);
        int shown = Math.min(waiting.size(), properties.digestMaxItems());
        // newest first in the mail, as in the bell
        List<Notification> listed = waiting.reversed().subList(0, shown);
        long outboxId = mails.digest(person, kind, listed, waiting.size() - shown);
        items.markDigested(waiting.stream().map(Notification::getId).toList(), digestId, clock.instant());
        items.recordDigestMail(digestId, outboxId);
        return true;
    }

    /** The latest time this kind of digest fell due: today's (or yesterday's) hour, or the last Monday's. */
    private ZonedDateTime lastDue(ZonedDateTime now, DigestKind kind) {
        LocalDate day = now.toLocalDate();
        if (kind != DigestKind.DAILY) {
            day = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        ZonedDateTime due = day.atStartOfDay(now.getZone()).withHour(properties.digestHour());
        if (due.isAfter(now)) {
            due = kind == DigestKind.DAILY ? due.minusDays(1) : due.minusWeeks(1);
        }
        return due;
    }

    private boolean away(long personId) {
        Instant since = clock.instant().minus(properties.summaryAfter());
        return items.visitedSince(personId, since) == 0;
    }
}
