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

    /** Posts in a collaborative's spaces (open and team) since a moment, per author and month (UTC); withdrawn ones not. */
    @Query("""
            select p.authorId as personId, year(p.createdAt) as postYear, month(p.createdAt) as postMonth,
                   count(p) as posts, max(p.createdAt) as lastPostedAt
            from Post p join DiscussionThread t on t.id = p.threadId join Space s on s.id = t.spaceId
            where s.collaborativeId = :collaborativeId and p.createdAt >= :since and p.withdrawnAt is null
            group by p.authorId, year(p.createdAt), month(p.createdAt)""")
    List<AuthorMonth> countByAuthorAndMonth(long collaborativeId, Instant since);

    interface AuthorMonth {
        long getPersonId();

        int getPostYear();

        int getPostMonth();

        long getPosts();

        Instant getLastPostedAt();
    }
}
