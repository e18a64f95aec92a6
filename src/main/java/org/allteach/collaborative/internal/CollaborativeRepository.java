package org.allteach.collaborative.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.allteach.collaborative.CollaborativeStatus;
import org.springframework.data.jpa.repository.Query;

public interface CollaborativeRepository extends JpaRepository<Collaborative, Long> {

    boolean existsByName(String name);

    boolean existsByNameAndIdNot(String name, long id);

    @Query("""
            select c from Collaborative c
            where c.id in (select m.collaborativeId from Membership m where m.personId = :personId)
            order by c.startDate desc, c.name""")
    List<Collaborative> findForMember(long personId);

    @Query("""
            select c from Collaborative c
            where c.id in (select m.collaborativeId from Membership m
                           where m.personId = :personId and m.role = org.allteach.collaborative.Role.ORGANISER)
            order by c.startDate desc, c.name""")
    List<Collaborative> findOrganisedBy(long personId);

    List<Collaborative> findAllByOrderByStartDateDescNameAsc();

    boolean existsByIdAndStatus(long id, CollaborativeStatus status);

    @Query("""
            select count(t) > 0 from Team t, Collaborative c
            where t.id = :teamId and c.id = t.collaborativeId
              and c.status = org.allteach.collaborative.CollaborativeStatus.ALUMNI""")
    boolean isTeamInClosedCollaborative(long teamId);
}
