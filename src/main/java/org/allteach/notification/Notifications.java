package org.allteach.notification;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.allteach.notification.internal.Choices;
import org.allteach.notification.internal.Notification;
import org.allteach.notification.internal.NotificationMails;
import org.allteach.notification.internal.NotificationRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications: features tell a person something with {@link #notify(NewNotification)}, usually from an
 * after-commit listener of their own events; the signed-in person reads and clears their own bell. The person's
 * choice for the type decides whether it is emailed now, waits for a digest, only shows in the bell, or is dropped.
 */
@Service
public class Notifications {

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

    Notifications(NotificationRepository items, Choices choices, NotificationMails mails,
                  NotificationRecipients recipients, ApplicationEventPublisher events, Clock clock) {
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
                        what.groupKey(), clock.instant()));
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
