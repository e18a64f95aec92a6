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
 * @param collaborativeId facet: where it comes from; {@link #NO_COLLABORATIVE} for things of no collaborative (the
 *                        community's threads)
 * @param teamId          facet: the team it belongs to; may be null
 * @param year            facet; may be null
 * @param audience        who may find it: {@link #PORTAL}, {@link #COMMUNITY}, {@link #collaborative(long)} or
 *                        {@link #team(long)}
 * @param updatedAt       for sorting by date
 */
public record SearchDocument(String type, long id, String title, String text, String url, String kind,
                             String focusArea, Set<String> tags, long collaborativeId, Long teamId, Integer year,
                             String audience, Instant updatedAt) {

    /** Everyone signed in to the portal. */
    public static final String PORTAL = "portal";
    /**
     * The community of practice's members (alumni and opted-in members); the searcher's
     * {@link SearchAudiences} say whether they are.
     */
    public static final String COMMUNITY = "community";
    /** The collaborative of a document that belongs to none: it gets no collaborative facet. */
    public static final long NO_COLLABORATIVE = 0;

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
