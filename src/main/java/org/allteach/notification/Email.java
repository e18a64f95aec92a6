package org.allteach.notification;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An email to queue: the template name picks {@code mail/<template>.html} and {@code mail/<template>.txt}.
 *
 * @param to       recipient address
 * @param subject  subject line
 * @param template template name under {@code mail/}
 * @param model    values the template uses
 * @param locale   the recipient's locale, for dates and numbers in the template
 */
public record Email(String to, String subject, String template, Map<String, Object> model, Locale locale) {

    public Email {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(template, "template");
        // Templates test optional values for null, so the copy keeps null values (Map.copyOf would refuse them).
        model = Collections.unmodifiableMap(new HashMap<>(model));
        locale = locale == null ? Locale.US : locale;
    }
}
