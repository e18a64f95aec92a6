package org.allteach.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.allteach.shared.ics.IcsMethod;

/**
 * An email to queue: the template name picks {@code mail/<template>.html} and {@code mail/<template>.txt}.
 * The optional parts are added with the withers: {@code email.withAttachment(a).sendAt(t).cancelKey(k)}.
 *
 * @param to           recipient address
 * @param subject      subject line
 * @param template     template name under {@code mail/}
 * @param model        values the template uses
 * @param locale       the recipient's locale, for dates and numbers in the template
 * @param attachments  files sent with the mail
 * @param sendAt       not sent before this instant; null sends it now
 * @param discardAfter not sent at all if the sender gets to it after this instant (a reminder once the call has
 *                     begun, a retry that comes too late); null sends it however late
 * @param cancelKey    {@link MailOutbox#cancel(String)} with this key stops the mail if it has not been sent yet;
 *                     e.g. {@code booking-42-reminder}; null: cannot be cancelled
 * @param headers      extra message headers, such as {@code List-Unsubscribe}; names and values on one line each
 */
public record Email(String to, String subject, String template, Map<String, Object> model, Locale locale,
                    List<Attachment> attachments, Instant sendAt, Instant discardAfter, String cancelKey,
                    Map<String, String> headers) {

    /** The longest cancel key the outbox stores. */
    public static final int MAX_CANCEL_KEY_LENGTH = 200;

    public Email {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(template, "template");
        // Templates test optional values for null, so the copy keeps null values (Map.copyOf would refuse them).
        model = Collections.unmodifiableMap(new HashMap<>(model));
        locale = locale == null ? Locale.US : locale;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        if (cancelKey != null && (cancelKey.isBlank() || cancelKey.length() > MAX_CANCEL_KEY_LENGTH)) {
            throw new IllegalArgumentException("A cancel key has 1 to " + MAX_CANCEL_KEY_LENGTH + " characters");
        }
        headers = headers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        headers.forEach((name, value) -> {
            if (!name.matches("[A-Za-z0-9-]+") || value.contains("\r") || value.contains("\n")) {
                throw new IllegalArgumentException("A header is a name of letters, digits and dashes and a value "
                        + "on one line: " + name);
            }
        });
    }

    /** An email sent now, without attachments, that cannot be cancelled. */
    public Email(String to, String subject, String template, Map<String, Object> model, Locale locale) {
        this(to, subject, template, model, locale, List.of(), null, null, null, Map.of());
    }

    /** This email with one more attachment. */
    public Email withAttachment(Attachment attachment) {
        List<Attachment> more = new ArrayList<>(attachments);
        more.add(Objects.requireNonNull(attachment, "attachment"));
        return new Email(to, subject, template, model, locale, more, sendAt, discardAfter, cancelKey, headers);
    }

    /** This email, not sent before {@code instant} (null: now). */
    public Email sendAt(Instant instant) {
        return new Email(to, subject, template, model, locale, attachments, instant, discardAfter, cancelKey, headers);
    }

    /** This email, dropped instead of sent if the sender gets to it after {@code instant}. */
    public Email discardAfter(Instant instant) {
        return new Email(to, subject, template, model, locale, attachments, sendAt, instant, cancelKey, headers);
    }

    /** This email, cancellable with {@link MailOutbox#cancel(String)} until it is sent. */
    public Email cancelKey(String key) {
        return new Email(to, subject, template, model, locale, attachments, sendAt, discardAfter, key, headers);
    }

    /** This email with one more message header (replacing one of the same name). */
    public Email withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Email(to, subject, template, model, locale, attachments, sendAt, discardAfter, cancelKey, more);
    }

    /**
     * A file sent with the mail.
     *
     * @param filename    the name mail clients show, e.g. {@code invitation.ics}
     * @param contentType the MIME type, with parameters if any
     * @param content     the bytes
     */
    public record Attachment(String filename, String contentType, byte[] content) {

        public Attachment {
            Objects.requireNonNull(filename, "filename");
            Objects.requireNonNull(contentType, "contentType");
            content = Objects.requireNonNull(content, "content").clone();
        }

        /**
         * An iCalendar file ({@code Ics.calendar(...)}). With {@link IcsMethod#REQUEST} or {@link IcsMethod#CANCEL}
         * mail clients (Gmail, Outlook, Apple Mail) show it as an invitation or cancellation with buttons to add it
         * to the calendar: the sender also puts it into the message body as a {@code text/calendar} alternative.
         */
        public static Attachment calendar(String filename, IcsMethod method, String ics) {
            return new Attachment(filename, "text/calendar; method=" + method.name() + "; charset=UTF-8",
                    ics.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Attachment that && filename.equals(that.filename)
                    && contentType.equals(that.contentType) && java.util.Arrays.equals(content, that.content);
        }

        @Override
        public int hashCode() {
            return Objects.hash(filename, contentType, java.util.Arrays.hashCode(content));
        }

        @Override
        public String toString() {
            return "Attachment[" + filename + ", " + contentType + ", " + content.length + " bytes]";
        }
    }
}
