package org.allteach.discussion.internal;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FlagRepository extends JpaRepository<Flag, Long> {

    boolean existsByPostIdAndFlaggerId(long postId, long flaggerId);

    long countByPostIdAndResolvedAtIsNull(long postId);

    List<Flag> findByPostIdAndResolvedAtIsNull(long postId);

    @Query("select f from Flag f where f.resolvedAt is null order by f.createdAt, f.id")
    List<Flag> findOpen(Pageable page);
}
