package org.allteach.identity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/** What other features may know about a person. */
public record PersonProfile(long id, String email, String displayName, ZoneId timeZone, Locale locale,
                            boolean administrator, Instant joinedAt) {

    /** The person's name from a batch of profiles (see {@code Accounts.profiles}), or a neutral stand-in. */
    public static String displayNameIn(Map<Long, PersonProfile> profiles, long personId) {
        PersonProfile profile = profiles.get(personId);
        return profile == null ? "A former member" : profile.displayName();
    }
}
