package org.allteach.pdsa.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CycleCommentRepository extends JpaRepository<CycleComment, Long> {

    /** Oldest first, so a conversation reads top to bottom. */
    List<CycleComment> findByCycleIdOrderByCreatedAtAscIdAsc(long cycleId);
}
