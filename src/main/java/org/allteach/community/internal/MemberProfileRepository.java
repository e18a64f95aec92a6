package org.allteach.community.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;

/**
 * The directory is one paged query over the people who belong to the community (alumni, by a membership of a closed
 * collaborative, and those who opted in) and chose to be listed: nobody is listed until they join or save their entry
 * (docs/decisions/0034). It joins the identity and collaborative features' tables for reading only,
 * so the database can filter, sort and page (as the member list does: docs/decisions/0004, 0034).
 */
public interface MemberProfileRepository extends JpaRepository<MemberProfile, Long> {

    String IN_COMMUNITY = """
            (cp.opted_in = TRUE OR EXISTS (SELECT 1 FROM membership m JOIN collaborative c ON c.id = m.collaborative_id
                                           WHERE m.person_id = p.id AND c.status = 'ALUMNI'))
            """;

    String DIRECTORY = """
            FROM person p
            LEFT JOIN community_profile cp ON cp.person_id = p.id
            WHERE""" + IN_COMMUNITY + """
              AND cp.listed
              AND (:tag = '' OR EXISTS (SELECT 1 FROM community_expertise e WHERE e.person_id = p.id AND e.tag = :tag))
              AND (:text = '' OR p.display_name LIKE CONCAT('%', :text, '%')
                   OR cp.ask_me_about LIKE CONCAT('%', :text, '%')
                   OR EXISTS (SELECT 1 FROM community_expertise e
                              WHERE e.person_id = p.id AND e.tag LIKE CONCAT('%', :text, '%'))
                   OR EXISTS (SELECT 1 FROM membership m JOIN collaborative c ON c.id = m.collaborative_id
                              LEFT JOIN team t ON t.id = m.team_id
                              WHERE m.person_id = p.id AND c.status = 'ALUMNI'
                                AND (c.name LIKE CONCAT('%', :text, '%') OR c.focus_area LIKE CONCAT('%', :text, '%')
                                     OR t.name LIKE CONCAT('%', :text, '%'))))
            """;

    @NativeQuery("SELECT p.id AS personId, p.display_name AS displayName, cp.ask_me_about AS askMeAbout "
            + DIRECTORY + " ORDER BY p.display_name, p.id")
    List<DirectoryRow> findDirectory(String text, String tag, Pageable page);

    @NativeQuery("SELECT COUNT(*) " + DIRECTORY)
    long countDirectory(String text, String tag);

    /** A page of the directory without the {@code excluded} people: whom a new conversation may go to. */
    @NativeQuery("SELECT p.id AS personId, p.display_name AS displayName, cp.ask_me_about AS askMeAbout "
            + DIRECTORY + " AND p.id NOT IN (:excluded) ORDER BY p.display_name, p.id")
    List<DirectoryRow> findDirectoryWithout(String text, String tag, Collection<Long> excluded, Pageable page);

    /** Whether the person belongs to the community. */
    @NativeQuery("SELECT COUNT(*) FROM person p LEFT JOIN community_profile cp ON cp.person_id = p.id "
            + "WHERE p.id = :personId AND " + IN_COMMUNITY)
    long countInCommunity(long personId);

    /** Which of these people belong to the community and are listed in its directory. */
    @NativeQuery("SELECT p.id FROM person p JOIN community_profile cp ON cp.person_id = p.id "
            + "WHERE p.id IN (:personIds) AND cp.listed AND " + IN_COMMUNITY)
    List<Long> listedAmong(Collection<Long> personIds);

    /**
     * Members whose name starts with the prefix (LIKE's wildcards escaped), by name: whom an @mention in the
     * community's space may name. Unlisted members too: leaving the directory is not leaving the conversation.
     */
    @NativeQuery("""
            SELECT p.id AS personId, p.display_name AS displayName, NULL AS askMeAbout
            FROM person p LEFT JOIN community_profile cp ON cp.person_id = p.id
            WHERE p.display_name LIKE CONCAT(:prefix, '%') AND """ + IN_COMMUNITY + """
            ORDER BY p.display_name, p.id LIMIT :limit""")
    List<DirectoryRow> findNamed(String prefix, int limit);

    /**
     * The expertise tags listed members use, most used first, for the directory's tag filter. Only the community's
     * members count: a current member who left it keeps their entry, which no longer shows.
     */
    @NativeQuery("""
            SELECT e.tag FROM community_expertise e
            JOIN person p ON p.id = e.person_id
            JOIN community_profile cp ON cp.person_id = e.person_id AND cp.listed
            WHERE""" + IN_COMMUNITY + """
            GROUP BY e.tag ORDER BY COUNT(*) DESC, e.tag LIMIT 50""")
    List<String> popularTags();

    @Query("select p from MemberProfile p left join fetch p.expertise where p.personId in :personIds")
    List<MemberProfile> findWithExpertise(Collection<Long> personIds);

    interface DirectoryRow {
        long getPersonId();

        String getDisplayName();

        String getAskMeAbout();
    }
}
