package org.allteach.notification;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.allteach.notification.internal.Choices;
import org.allteach.notification.internal.Notification;
import org.allteach.notification.internal.NotificationMails;
import org.allteach.notification.internal.NotificationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In-app notifications: features tell a person something with {@link #notify(NewNotification)}, usually from an
 * after-commit listener of their own events; the signed-in person reads and clears their own bell. The person's
 * choice for the type decides whether it is emailed now, waits for a digest, only shows in the bell, or is dropped.
 */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    /** The live-update topic of one person's bell. */
    public static String topic(long personId) {
        return "notification/person/" + personId;
    }

    private final NotificationRepository items;
    private final Choices choices;
    private final NotificationMails mails;
    private final NotificationRecipients recipients;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate apart;

    Notifications(NotificationRepository items, Choices choices, NotificationMails mails,
                  NotificationRecipients recipients, ApplicationEventPublisher events, Clock clock,
                  PlatformTransactionManager transactionManager) {
        this.apart = new TransactionTemplate(transactionManager);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.items = items;
        this.choices = choices;
        this.mails = mails;
        this.recipients = recipients;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Tells one person, unless they did it themselves, turned the type off, or were told about this source before.
     * The caller checks that the recipient may read what the link opens. Returns the item's id when it was added or
     * grouped into an unread one.
     */
    @Transactional
    public Optional<Long> notify(NewNotification what) {
        long to = what.recipientId();
        if (what.actorId() != null && what.actorId() == to) {
            return Optional.empty();
        }
        Delivery delivery = choices.of(to).get(what.type());
        if (delivery == Delivery.OFF) {
            return Optional.empty();
        }
        Recipient recipient = recipients.find(List.of(to)).get(to);
        if (recipient == null || items.claimSource(to, what.sourceKey(), clock.instant()) == 0) {
            return Optional.empty();
        }
        if (what.groupKey() != null) {
            items.lockRecipient(to);
        }
        Notification item = (what.groupKey() == null ? Optional.<Notification>empty()
                : items.findUnreadInGroup(to, what.groupKey()).stream().findFirst())
                .orElseGet(() -> new Notification(to, what.type(), what.action(), what.text(), what.link(),
                        what.groupKey(), what.sourceKey(), clock.instant()));
        item.happenedAgain(what.actorId(), what.action(), what.text(), clock.instant());
        item.retitle(title(item));
        items.save(item);
        if (delivery == Delivery.EMAIL_NOW) {
            mails.now(recipient, item);
            item.markEmailed(clock.instant());
        }
        events.publishEvent(new NotificationsChanged(to));
        return Optional.of(item.getId());
    }

    /**
     * As {@link #notify}, in a transaction of its own, and never throws: for features' after-commit listeners, whose
     * own change is saved already. One recipient's failure (a lock timeout, a template error) is logged and neither
     * undoes the caller's work (the credit counted for an attendance) nor keeps the other recipients from hearing.
     */
    public Optional<Long> notifyIsolated(NewNotification what) {
        try {
            return apart.execute(tx -> notify(what));
        } catch (RuntimeException failed) {
            log.error("Could not notify person {} of {}", what.recipientId(), what.sourceKey(), failed);
            return Optional.empty();
        }
    }

    /**
     * Replaces the excerpt of every item made by these source events or in this group, read or not, in the bell and
     * in digests not sent yet: the thing it quotes was edited, or hidden or withdrawn (then {@code text} is empty and
     * the item only says what happened). Called by the feature that owns the thing, after its own checks.
     */
    @Transactional
    public void updateText(Collection<String> sourceKeys, String groupKey, String text) {
        String body = Notification.cut(text, Notification.BODY_LENGTH);
        List<Long> told = items.recipientsToRetext(sourceKeys, groupKey, body);
        if (!told.isEmpty()) {
            items.retext(sourceKeys, groupKey, body);
            told.forEach(person -> events.publishEvent(new NotificationsChanged(person)));
        }
    }

    /** How many of the signed-in person's notifications are unread. */
    @Transactional(readOnly = true)
    public int unreadCount() {
        return (int) items.countByRecipientIdAndReadAtIsNull(me());
    }

    /** The signed-in person's notifications, newest first, {@code limit} from {@code offset}. */
    @Transactional(readOnly = true)
    public List<NotificationView> mine(int offset, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        // offset/limit pages from a lazy grid need not align with page boundaries: read the covering page and cut
        int size = limit;
        int page = offset / size;
        List<Notification> rows = new ArrayList<>(items.findByRecipientIdOrderByUpdatedAtDescIdDesc(me(),
                PageRequest.of(page, size)));
        if (offset % size != 0) {
            rows.addAll(items.findByRecipientIdOrderByUpdatedAtDescIdDesc(me(), PageRequest.of(page + 1, size)));
            rows = rows.subList(Math.min(offset % size, rows.size()), Math.min(offset % size + limit, rows.size()));
        }
        return rows.stream().map(Notifications::view).toList();
    }

    /** How many notifications the signed-in person has, read or not. */
    @Transactional(readOnly = true)
    public int countMine() {
        return (int) items.countByRecipientId(me());
    }

    /** Marks one of the signed-in person's notifications read; someone else's is reported as not found. */
    @Transactional
    public void markRead(long notificationId) {
        long me = me();
        Notification item = items.findById(notificationId).filter(found -> found.getRecipientId() == me)
                .orElseThrow(() -> new NoSuchElementException("This notification does not exist."));
        if (item.getReadAt() == null) {
            item.markRead(clock.instant());
            events.publishEvent(new NotificationsChanged(me));
        }
    }

    @Transactional
    public void markAllRead() {
        long me = me();
        if (items.markAllRead(me, clock.instant()) > 0) {
            events.publishEvent(new NotificationsChanged(me));
        }
    }

    /** Notes that the signed-in person is here (at most one write an hour): the activity summary skips them. */
    @Transactional
    public void visited() {
        recipients.signedIn().ifPresent(me -> items.recordVisit(me, clock.instant(),
                clock.instant().minus(Duration.ofHours(1))));
    }

    /** The signed-in person as notifications address them: their zone and locale for showing times. */
    @Transactional(readOnly = true)
    public Recipient viewer() {
        long me = me();
        Recipient recipient = recipients.find(List.of(me)).get(me);
        if (recipient == null) {
            throw new AccessDeniedException("Sign in first.");
        }
        return recipient;
    }

    private String title(Notification item) {
        List<Long> actors = item.actorIds();
        if (actors.isEmpty()) {
            return item.getAction();
        }
        Map<Long, Recipient> people = recipients.find(actors.subList(0, Math.min(2, actors.size())));
        List<String> names = actors.stream().limit(2)
                .map(id -> people.containsKey(id) ? people.get(id).name() : "Someone").toList();
        String who = switch (actors.size()) {
            case 1 -> names.get(0);
            case 2 -> names.get(0) + " and " + names.get(1);
            default -> names.get(0) + ", " + names.get(1) + " and " + (actors.size() - 2)
                    + (actors.size() == 3 ? " other" : " others");
        };
        return who + " " + item.getAction();
    }

    private static NotificationView view(Notification item) {
        return new NotificationView(item.getId(), item.getType(), item.getTitle(), item.getBody(), item.getLink(),
                item.getUpdatedAt(), item.getReadAt() != null);
    }

    private long me() {
        return recipients.signedIn().orElseThrow(() -> new AccessDeniedException("Sign in first."));
    }
}
