package org.allteach.credits.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.allteach.credits.ActivityLink;
import org.allteach.credits.ActivityTally;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CreditActivityRepository extends JpaRepository<CreditActivity, Long> {

    /** The activities an attended event counts for: linked to the event itself or to its series. */
    @Query("select a from CreditActivity a where (a.linkKind = org.allteach.credits.ActivityLink.Kind.EVENT"
            + " and a.eventId = :eventId) or (a.linkKind = org.allteach.credits.ActivityLink.Kind.SERIES"
            + " and a.seriesId = :seriesId)")
    List<CreditActivity> findForAttendance(long eventId, Long seriesId);

    /** The activity, its row locked until the transaction ends, so one person's claims on it follow each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from CreditActivity a where a.id = :id")
    Optional<CreditActivity> findForClaim(long id);

    @EntityGraph(attributePaths = "offers")
    List<CreditActivity> findByCollaborativeIdOrderByTitleAsc(long collaborativeId);

    @EntityGraph(attributePaths = "offers")
    List<CreditActivity> findByIdIn(Collection<Long> ids);

    boolean existsByCollaborativeIdAndLinkKindAndIdNot(long collaborativeId, ActivityLink.Kind kind, long id);

    /** Enduring materials of these collaboratives that the person has not attested yet, newest first. */
    @EntityGraph(attributePaths = "offers")
    @Query("select a from CreditActivity a where a.linkKind = org.allteach.credits.ActivityLink.Kind.ENDURING"
            + " and (:everywhere = true or a.collaborativeId in :collaborativeIds) and not exists (select r from"
            + " CreditAttendance r where r.activityId = a.id and r.personId = :personId) order by a.createdAt desc")
    List<CreditActivity> findEnduringNotAttested(boolean everywhere, Collection<Long> collaborativeIds,
                                                 long personId);

    /** Attended and claimed counts of every activity of a collaborative, in one query. */
    @Query("select new org.allteach.credits.ActivityTally(a.id, (select count(distinct r.personId) from"
            + " CreditAttendance r where r.activityId = a.id), (select count(distinct c.personId) from CreditClaim c"
            + " where c.activityId = a.id)) from CreditActivity a where a.collaborativeId = :collaborativeId")
    List<ActivityTally> tallies(long collaborativeId);

    @EntityGraph(attributePaths = "offers")
    List<CreditActivity> findByCollaborativeIdInAndLinkKindOrderByTitleAsc(Collection<Long> collaborativeIds,
                                                                         org.allteach.credits.ActivityLink.Kind kind);
}
