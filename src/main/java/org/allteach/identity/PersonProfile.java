package org.allteach.identity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * What other features may know about a person.
 *
 * @param profession  null until they say (then they may claim only a certificate of participation)
 * @param credentials letters after their name ("MD, MPH"), or null
 */
public record PersonProfile(long id, String email, String displayName, ZoneId timeZone, Locale locale,
                            boolean administrator, Instant joinedAt, Profession profession, String credentials) {

    /** Their name with credentials, as a certificate prints it ("Ana Ruiz, MD, MPH"). */
    public String nameWithCredentials() {
        return credentials == null ? displayName : displayName + ", " + credentials;
    }

    /** The person's name from a batch of profiles (see {@code Accounts.profiles}), or a neutral stand-in. */
    public static String displayNameIn(Map<Long, PersonProfile> profiles, long personId) {
        PersonProfile profile = profiles.get(personId);
        return profile == null ? "A former member" : profile.displayName();
    }
}
