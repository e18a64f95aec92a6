package org.allteach.identity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable: at least 10 characters and hard to guess, as estimated by zxcvbn (score 3 of
 * 4), which also catches common passwords and passwords built from the person's own name or email.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 64;
    /** bcrypt reads only the first 72 bytes; longer passwords are refused rather than silently cut. */
    private static final int MAX_BYTES = 72;
    private static final int MIN_SCORE = 3;

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /**
     * Why the password is not acceptable, or empty when it is.
     *
     * @param personalWords the person's name, email and the like: a password made of them is easy to guess
     */
    public Optional<String> problem(String password, String... personalWords) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("This password is too long to store safely: use fewer accented letters or symbols.");
        }
        Strength strength = zxcvbn.measure(password, words(personalWords));
        if (strength.getScore() >= MIN_SCORE) {
            return Optional.empty();
        }
        Feedback feedback = strength.getFeedback();
        StringBuilder message = new StringBuilder("This password is too easy to guess.");
        String warning = feedback.getWarning(Locale.ENGLISH);
        if (warning != null && !warning.isBlank()) {
            message.append(' ').append(warning.strip());
            if (!warning.strip().endsWith(".")) {
                message.append('.');
            }
        }
        List<String> suggestions = feedback.getSuggestions(Locale.ENGLISH);
        message.append(' ').append(suggestions.isEmpty() ? "Add another word or two." : suggestions.getFirst());
        return Optional.of(message.toString());
    }

    private static List<String> words(String... personalWords) {
        List<String> words = new ArrayList<>();
        for (String word : personalWords) {
            if (word == null || word.isBlank()) {
                continue;
            }
            words.add(word);
            // "maria.lopez@clinic.org" -> also "maria", "lopez", "clinic"
            for (String part : word.split("[^\\p{L}\\p{N}]+")) {
                if (part.length() > 2) {
                    words.add(part);
                }
            }
        }
        return words.stream().filter(Objects::nonNull).distinct().toList();
    }
}
