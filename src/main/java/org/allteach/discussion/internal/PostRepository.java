package org.allteach.discussion.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PostRepository extends JpaRepository<Post, Long> {

    /** A page of a thread by post number: one index range, whatever the thread's length. */
    @Query("select p from Post p where p.threadId = :threadId and p.number between :first and :last order by p.number")
    List<Post> findPage(long threadId, int first, int last);

    Optional<Post> findByThreadIdAndNumber(long threadId, int number);

    /** Posts written by a person since a moment: the rate limit for new accounts counts these. */
    long countByAuthorIdAndCreatedAtAfter(long authorId, Instant since);
}
