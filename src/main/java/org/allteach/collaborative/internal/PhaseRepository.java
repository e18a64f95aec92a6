package org.allteach.collaborative.internal;

import java.util.Collection;
import java.util.List;

import org.allteach.collaborative.PhaseKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PhaseRepository extends JpaRepository<Phase, Long> {

    List<Phase> findByCollaborativeIdOrderByStartDateAscKindAsc(long collaborativeId);

    List<Phase> findByCollaborativeIdIn(Collection<Long> collaborativeIds);

    /** The highest number used for a kind of phase (0 if none): the next one gets the number after it. */
    @Query("select coalesce(max(p.sequenceNumber), 0) from Phase p where p.collaborativeId = :collaborativeId and p.kind = :kind")
    int highestSequenceNumber(long collaborativeId, PhaseKind kind);

    boolean existsByCollaborativeIdAndKind(long collaborativeId, PhaseKind kind);

    void deleteByCollaborativeId(long collaborativeId);
}
