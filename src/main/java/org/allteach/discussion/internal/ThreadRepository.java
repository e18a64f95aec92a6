package org.allteach.discussion.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ThreadRepository extends JpaRepository<DiscussionThread, Long> {

    /** The thread row locked for a new post, so post numbers and counters stay consistent under concurrent replies. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from DiscussionThread t where t.id = :id")
    Optional<DiscussionThread> findForUpdate(long id);

    long countByCategoryId(long categoryId);
}
