package org.allteach.notification.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.allteach.notification.Email;
import org.allteach.notification.MailOutbox;
import org.allteach.notification.NotificationType;
import org.allteach.notification.Recipient;
import org.allteach.shared.PublicLinks;
import org.allteach.shared.SecureToken;
import org.springframework.stereotype.Component;

/**
 * Notification emails, queued in the outbox of the notifying transaction. Each carries a one-click unsubscribe link
 * of its own (RFC 8058): in the text, and in the {@code List-Unsubscribe} header that mail clients show as a button.
 */
@Component
public class NotificationMails {

    /** Where the emailed link opens a page that asks first. */
    public static final String PAGE_PATH = "unsubscribe/";
    /** Where mail clients POST "List-Unsubscribe=One-Click" (RFC 8058): no page, no sign-in. */
    public static final String ONE_CLICK_PATH = "unsubscribe/one-click/";

    private final MailOutbox outbox;
    private final UnsubscribeLinkRepository unsubscribeLinks;
    private final PublicLinks links;
    private final Clock clock;

    NotificationMails(MailOutbox outbox, UnsubscribeLinkRepository unsubscribeLinks, PublicLinks links, Clock clock) {
        this.outbox = outbox;
        this.unsubscribeLinks = unsubscribeLinks;
        this.links = links;
        this.clock = clock;
    }

    /** One notification by email now. */
    public long now(Recipient to, Notification item) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", to.name());
        model.put("title", item.getTitle());
        model.put("text", item.getBody());
        model.put("link", links.to(item.getLink()));
        model.put("typeLabel", item.getType().label());
        return queue(to, item.getTitle(), "notification", model, item.getType(), null);
    }

    /**
     * A digest of several items.
     *
     * @param more how many items beyond the listed ones it covers
     */
    public long digest(Recipient to, DigestKind kind, List<Notification> items, int more) {
        String subject = switch (kind) {
            case DAILY -> "Your daily AllTeach digest: " + count(items.size() + more);
            case WEEKLY -> "Your weekly AllTeach digest: " + count(items.size() + more);
            case SUMMARY -> "What you missed on AllTeach: " + count(items.size() + more);
        };
        Map<String, Object> model = new HashMap<>();
        model.put("name", to.name());
        model.put("summary", kind == DigestKind.SUMMARY);
        model.put("weekly", kind == DigestKind.WEEKLY);
        model.put("items", items.stream().map(item -> new DigestLine(item.getType().label(), item.getTitle(),
                item.getBody(), links.to(item.getLink()))).toList());
        model.put("more", more);
        model.put("allLink", links.to("notifications"));
        return queue(to, subject, "digest", model, null, kind);
    }

    /** One line of a digest, for the template. */
    public record DigestLine(String type, String title, String text, String link) {
    }

    private long queue(Recipient to, String subject, String template, Map<String, Object> model,
                       NotificationType type, DigestKind digest) {
        SecureToken token = SecureToken.generate();
        unsubscribeLinks.save(new UnsubscribeLink(token.hash(), to.id(), type, digest, clock.instant()));
        model.put("unsubscribeLink", links.to(PAGE_PATH + token.value()));
        model.put("unsubscribeWhat", type != null ? "“" + type.label() + "” emails"
                : digest == DigestKind.SUMMARY ? "activity summaries" : "this digest");
        model.put("settingsLink", links.to("settings/notifications"));
        Email email = new Email(to.email(), subject, template, model, to.locale())
                .withHeader("List-Unsubscribe", "<" + links.to(ONE_CLICK_PATH + token.value()) + ">")
                .withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return outbox.queue(email);
    }

    private static String count(int items) {
        return items == 1 ? "1 notification" : items + " notifications";
    }
}
