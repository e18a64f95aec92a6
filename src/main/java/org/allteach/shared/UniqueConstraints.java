package org.allteach.shared;

import java.util.Locale;
import java.util.function.Supplier;

import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Services check uniqueness before saving, but two people can pass that check at the same moment; the database's
 * unique key then decides. This turns that refusal into the same message next to the field, instead of an error page.
 */
public final class UniqueConstraints {

    private UniqueConstraints() {
    }

    /**
     * @param saveAndFlush a save that reaches the database now (saveAndFlush), so the violation surfaces here
     * @param constraint   the unique key's name in the migration, e.g. {@code uk_team_name}
     */
    public static <T> T saving(Supplier<T> saveAndFlush, String constraint, String field, String message) {
        try {
            return saveAndFlush.get();
        } catch (DataIntegrityViolationException e) {
            if (violates(e, constraint)) {
                throw InvalidInput.of(field, message);
            }
            throw e;
        }
    }

    static boolean violates(DataIntegrityViolationException e, String constraint) {
        String wanted = constraint.toLowerCase(Locale.ROOT);
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null
                    && violation.getConstraintName().toLowerCase(Locale.ROOT).endsWith(wanted)) {
                return true;
            }
        }
        String message = e.getMostSpecificCause().getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains(wanted + "'");
    }
}
