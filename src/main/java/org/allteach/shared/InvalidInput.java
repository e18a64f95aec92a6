package org.allteach.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input a service refuses, with a message per field that a form shows next to the field. Field names are the
 * service's parameter names; a blank key is a message for the whole form.
 */
public class InvalidInput extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInput(Map<String, String> fieldErrors) {
        super(String.join(" ", fieldErrors.values()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** Collects field problems, then throws them together so a form shows all of them at once. */
    public static final class Collector {

        private final Map<String, String> errors = new LinkedHashMap<>();

        public Collector add(String field, String message) {
            errors.putIfAbsent(field, message);
            return this;
        }

        public boolean has(String field) {
            return errors.containsKey(field);
        }

        /**
         * A one-line text someone typed (a name, a title): trimmed, required, at most {@code maxLength} characters,
         * no control characters (they would break email subjects and plain-text mail).
         *
         * @return the trimmed text, or null when it has a problem (then recorded for the field)
         */
        public String requiredLine(String field, String value, int maxLength, String whenMissing) {
            String text = value == null ? "" : value.strip();
            if (text.isEmpty()) {
                add(field, whenMissing);
                return null;
            }
            return checkLine(field, text, maxLength);
        }

        /** As {@link #requiredLine}, but blank is fine and gives null. */
        public String optionalLine(String field, String value, int maxLength) {
            String text = value == null ? "" : value.strip();
            return text.isEmpty() ? null : checkLine(field, text, maxLength);
        }

        /** A longer text (a description): line breaks allowed, blank gives null. */
        public String optionalText(String field, String value, int maxLength) {
            String text = value == null ? "" : value.strip();
            if (text.length() > maxLength) {
                add(field, "Use at most " + maxLength + " characters.");
                return null;
            }
            return text.isEmpty() ? null : text;
        }

        private String checkLine(String field, String text, int maxLength) {
            if (text.length() > maxLength) {
                add(field, "Use at most " + maxLength + " characters.");
                return null;
            }
            if (text.chars().anyMatch(Character::isISOControl)) {
                add(field, "Use letters, numbers and punctuation only (no tabs or line breaks).");
                return null;
            }
            return text;
        }

        /** The problems collected so far, by field. */
        public Map<String, String> fieldErrors() {
            return Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
        }
    }
}
