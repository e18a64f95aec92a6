package org.allteach.search;

import java.time.Instant;
import java.util.Set;

/**
 * What the index holds about one searchable thing (a library resource, a discussion thread).
 *
 * @param type            the source's {@link SearchSource#type()}
 * @param id              the thing's id within its source
 * @param title           shown as the hit's heading, weighted highest
 * @param text            everything else that is searched and quoted in snippets, as plain text
 * @param url             the route that opens it, e.g. {@code library/12}
 * @param kind            a short label that is also a facet: "Toolkit", "Discussion"
 * @param focusArea       facet; may be null
 * @param tags            facet and searched
 * @param collaborativeId facet: where it comes from
 * @param teamId          facet: the team it belongs to; may be null
 * @param year            facet; may be null
 * @param audience        who may find it: {@link #PORTAL}, {@link #collaborative(long)}, {@link #team(long)} or
 *                        {@link #NOBODY}
 * @param updatedAt       for sorting by date
 */
public record SearchDocument(String type, long id, String title, String text, String url, String kind,
                             String focusArea, Set<String> tags, long collaborativeId, Long teamId, Integer year,
                             String audience, Instant updatedAt) {

    /** Everyone signed in to the portal. */
    public static final String PORTAL = "portal";
    /** Nobody but administrators (e.g. the alumni community until it opens). */
    public static final String NOBODY = "nobody";

    /** Members of a collaborative. */
    public static String collaborative(long collaborativeId) {
        return "collaborative:" + collaborativeId;
    }

    /** A team's members, its coach and the collaborative's organisers. */
    public static String team(long teamId) {
        return "team:" + teamId;
    }

    public String key() {
        return key(type, id);
    }

    public static String key(String type, long id) {
        return type + ":" + id;
    }
}
