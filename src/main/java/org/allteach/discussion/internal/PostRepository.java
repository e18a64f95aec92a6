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

    /** Posts in a collaborative's spaces (open and team) since a moment, per author and month (UTC), not withdrawn. */
    @Query("""
            select new org.allteach.discussion.internal.PostRepository$AuthorMonth(p.authorId, year(p.createdAt),
                   month(p.createdAt), count(p), max(p.createdAt))
            from Post p join DiscussionThread t on t.id = p.threadId join Space s on s.id = t.spaceId
            where s.collaborativeId = :collaborativeId and p.createdAt >= :since and p.withdrawnAt is null
            group by p.authorId, year(p.createdAt), month(p.createdAt)""")
    List<AuthorMonth> countByAuthorAndMonth(long collaborativeId, Instant since);

    /** One author's posts in one month (a record, not a projection proxy: thousands of rows per dashboard). */
    record AuthorMonth(long personId, int year, int month, long posts, Instant lastPostedAt) {
    }
}
