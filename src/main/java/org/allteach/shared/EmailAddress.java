package org.allteach.shared;

import java.util.Locale;
import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Normalising and checking the email addresses people type. */
public final class EmailAddress {

    private EmailAddress() {
    }

    /** Trimmed and lower-cased, the form we store and compare. */
    public static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Why an address cannot be used, or empty when it can. Accepts a plain address only (no display name) whose
     * domain has a dot, which is what people mean when they type an email address.
     */
    public static Optional<String> problem(String email) {
        String address = normalise(email);
        if (address.isEmpty()) {
            return Optional.of("Enter an email address.");
        }
        if (address.length() > 254) {
            return Optional.of("This email address is too long.");
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            String domain = address.substring(address.indexOf('@') + 1);
            if (!address.equals(parsed.getAddress()) || !domain.contains(".") || domain.endsWith(".")) {
                return Optional.of("Enter an email address like name@example.org.");
            }
        } catch (AddressException e) {
            return Optional.of("Enter an email address like name@example.org.");
        }
        return Optional.empty();
    }
}
