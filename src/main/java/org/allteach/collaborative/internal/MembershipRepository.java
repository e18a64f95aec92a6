package org.allteach.collaborative.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.allteach.collaborative.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;

public interface MembershipRepository extends JpaRepository<Membership, Long> {

    boolean existsByPersonIdAndCollaborativeId(long personId, long collaborativeId);

    boolean existsByPersonIdAndCollaborativeIdAndRole(long personId, long collaborativeId, Role role);

    boolean existsByPersonIdAndTeamId(long personId, long teamId);

    boolean existsByPersonIdAndRole(long personId, Role role);

    boolean existsByPersonIdAndTeamIdAndRole(long personId, long teamId, Role role);

    /** People who can read a collaborative's pages (teamId null) or one team's (its members and the organisers). */
    @NativeQuery("""
            SELECT p.id AS personId, p.display_name AS displayName, MIN(t.name) AS teamName, MIN(m.role) AS role
            FROM membership m
            JOIN person p ON p.id = m.person_id
            LEFT JOIN team t ON t.id = m.team_id
            WHERE m.collaborative_id = :collaborativeId
              AND (:teamId IS NULL OR m.team_id = :teamId OR m.role = 'ORGANISER')
              AND p.display_name LIKE CONCAT(:prefix, '%')
            GROUP BY p.id, p.display_name
            ORDER BY p.display_name, p.id
            LIMIT :limit""")
    List<AudienceRow> findAudience(long collaborativeId, Long teamId, String prefix, int limit);

    interface AudienceRow {
        Long getPersonId();

        String getDisplayName();

        String getTeamName();

        String getRole();
    }

    @Query("""
            select count(m) > 0 from Membership m where m.personId = :personId and m.collaborativeId = :collaborativeId
            and (:teamId is null or m.teamId = :teamId or m.role = org.allteach.collaborative.Role.ORGANISER)""")
    boolean canRead(long personId, long collaborativeId, Long teamId);

    Optional<Membership> findByPersonIdAndCollaborativeIdAndTeamId(long personId, long collaborativeId, Long teamId);

    /** Organiser memberships have no team; Spring Data's "TeamId = null" does not mean "is null". */
    Optional<Membership> findByPersonIdAndCollaborativeIdAndTeamIdIsNull(long personId, long collaborativeId);

    List<Membership> findByPersonId(long personId);

    List<Membership> findByTeamId(long teamId);

    List<Membership> findByCollaborativeIdAndRole(long collaborativeId, Role role);

    List<Membership> findByTeamIdIn(Collection<Long> teamIds);

    List<Membership> findByTeamIdInAndRoleIn(Collection<Long> teamIds, Collection<Role> roles);

    /** The teams these people hold one of these roles in, ordered by team name. */
    @Query("""
            select m.personId as personId, t.id as teamId, t.name as teamName from Membership m
            join Team t on t.id = m.teamId
            where m.collaborativeId = :collaborativeId and m.personId in :personIds and m.role in :roles
            order by t.name, t.id""")
    List<PersonTeam> findTeamsOf(long collaborativeId, Collection<Long> personIds, Collection<Role> roles);

    interface PersonTeam {
        Long getPersonId();

        Long getTeamId();

        String getTeamName();
    }

    /** Members per team and role, counted in the database. */
    @Query("""
            select m.teamId as teamId, m.role as role, count(m) as members from Membership m
            where m.collaborativeId = :collaborativeId and m.teamId is not null
            group by m.teamId, m.role""")
    List<TeamRoleCount> countByTeamAndRole(long collaborativeId);

    interface TeamRoleCount {
        Long getTeamId();

        Role getRole();

        long getMembers();
    }

    /**
     * One page of a collaborative's members for the organiser's list, with names and emails joined from the
     * identity feature's table so the database can sort and filter (see docs/decisions/0004-member-list-read-model.md).
     */
    @NativeQuery("""
            SELECT m.id AS membershipId, m.person_id AS personId, p.display_name AS displayName, p.email AS email,
                   m.role AS role, m.team_id AS teamId, t.name AS teamName
            FROM membership m
            JOIN person p ON p.id = m.person_id
            LEFT JOIN team t ON t.id = m.team_id
            WHERE m.collaborative_id = :collaborativeId""" + MEMBER_FILTER + """
            ORDER BY p.display_name, p.id, m.id""")
    List<MemberRowView> findMemberRows(long collaborativeId, String filter, Pageable pageable);

    @NativeQuery("""
            SELECT COUNT(*) FROM membership m
            JOIN person p ON p.id = m.person_id
            LEFT JOIN team t ON t.id = m.team_id
            WHERE m.collaborative_id = :collaborativeId""" + MEMBER_FILTER)
    long countMemberRows(long collaborativeId, String filter);

    /** Filter by name, email or team; the filter arrives with LIKE's wildcards escaped. */
    String MEMBER_FILTER = """

              AND (:filter = '' OR p.display_name LIKE CONCAT('%', :filter, '%')
                   OR p.email LIKE CONCAT('%', :filter, '%') OR t.name LIKE CONCAT('%', :filter, '%'))
            """;

    interface MemberRowView {
        Long getMembershipId();

        Long getPersonId();

        String getDisplayName();

        String getEmail();

        String getRole();

        Long getTeamId();

        String getTeamName();
    }

    boolean existsByPersonId(long personId);

    /** Whether the person held any role in a collaborative that has closed. */
    @Query("""
            select count(m) > 0 from Membership m, Collaborative c
            where m.personId = :personId and c.id = m.collaborativeId
              and c.status = org.allteach.collaborative.CollaborativeStatus.ALUMNI""")
    boolean isAlumnus(long personId);

    /** The roles these people held in closed collaboratives, newest collaborative first. */
    @Query("""
            select m.personId as personId, c.id as collaborativeId, c.name as collaborativeName,
                   c.startDate as startDate, c.endDate as endDate, m.role as role, t.name as teamName
            from Membership m join Collaborative c on c.id = m.collaborativeId
                 left join Team t on t.id = m.teamId
            where m.personId in :personIds
              and c.status = org.allteach.collaborative.CollaborativeStatus.ALUMNI
            order by c.endDate desc, c.name, m.role, t.name""")
    List<AlumniRoleRow> findAlumniRoles(Collection<Long> personIds);

    interface AlumniRoleRow {
        long getPersonId();

        long getCollaborativeId();

        String getCollaborativeName();

        java.time.LocalDate getStartDate();

        java.time.LocalDate getEndDate();

        Role getRole();

        String getTeamName();
    }
}
