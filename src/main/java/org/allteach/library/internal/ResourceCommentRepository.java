package org.allteach.library.internal;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResourceCommentRepository extends JpaRepository<ResourceComment, Long> {

    /** Oldest first, so a conversation reads top to bottom. */
    List<ResourceComment> findByResourceIdOrderByCreatedAtAscIdAsc(long resourceId, Pageable page);

    long countByResourceId(long resourceId);
}
