package org.allteach.collaborative.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Who shares a collaborative with whom, for features that connect people (direct messages). */
public interface ColleagueRepository extends Repository<Membership, Long> {

    /**
     * One page of a collaborative's members, one row per person however many roles they hold, sorted and filtered by
     * name in the database (names are joined from the identity feature's table, as in
     * docs/decisions/0004-member-list-read-model.md).
     */
    @NativeQuery("""
            SELECT p.id AS personId, p.display_name AS displayName,
                   GROUP_CONCAT(DISTINCT t.name ORDER BY t.name SEPARATOR ', ') AS teamNames,
                   MAX(m.role = 'ORGANISER') AS organiser
            FROM membership m
            JOIN person p ON p.id = m.person_id
            LEFT JOIN team t ON t.id = m.team_id
            WHERE m.collaborative_id = :collaborativeId AND m.person_id NOT IN (:excluded)
              AND (:filter = '' OR p.display_name LIKE CONCAT('%', :filter, '%'))
            GROUP BY p.id, p.display_name
            ORDER BY p.display_name, p.id""")
    List<ColleagueRow> findColleagues(long collaborativeId, String filter, Collection<Long> excluded, Pageable pageable);

    interface ColleagueRow {
        Long getPersonId();

        String getDisplayName();

        String getTeamNames();

        /** 1 when one of the person's roles is organiser. */
        Number getOrganiser();
    }

    @Query("""
            select distinct m.personId from Membership m
            where m.collaborativeId = :collaborativeId and m.personId in :personIds""")
    List<Long> findMembersAmong(long collaborativeId, Collection<Long> personIds);

    boolean existsByPersonIdAndCollaborativeId(long personId, long collaborativeId);
}
