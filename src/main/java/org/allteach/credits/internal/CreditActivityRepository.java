package org.allteach.credits.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CreditActivityRepository extends JpaRepository<CreditActivity, Long> {

    /** The activities an attended event counts for: linked to the event itself or to its series. */
    @Query("select a from CreditActivity a where (a.linkKind = org.allteach.credits.ActivityLink.Kind.EVENT"
            + " and a.eventId = :eventId) or (a.linkKind = org.allteach.credits.ActivityLink.Kind.SERIES"
            + " and a.seriesId = :seriesId)")
    List<CreditActivity> findForAttendance(long eventId, Long seriesId);

    List<CreditActivity> findByCollaborativeIdOrderByTitleAsc(long collaborativeId);

    List<CreditActivity> findByIdIn(Collection<Long> ids);

    List<CreditActivity> findByCollaborativeIdInAndLinkKindOrderByTitleAsc(Collection<Long> collaborativeIds,
                                                                         org.allteach.credits.ActivityLink.Kind kind);
}
