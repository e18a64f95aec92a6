package org.allteach.collaborative.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PhaseRepository extends JpaRepository<Phase, Long> {

    List<Phase> findByCollaborativeIdOrderByStartDateAscKindAsc(long collaborativeId);

    boolean existsByCollaborativeIdAndKindAndSequenceNumber(long collaborativeId,
                                                            org.allteach.collaborative.PhaseKind kind,
                                                            int sequenceNumber);

    void deleteByCollaborativeId(long collaborativeId);
}
