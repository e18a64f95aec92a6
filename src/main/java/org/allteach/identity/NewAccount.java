package org.allteach.identity;

import java.time.ZoneId;
import java.util.Locale;

/**
 * An account to create.
 *
 * @param password the chosen password in clear text; hashed before it is stored
 */
public record NewAccount(String email, String displayName, ZoneId timeZone, Locale locale, String password) {

    @Override
    public String toString() {
        return "NewAccount[" + email + "]";
    }
}
