package org.allteach.discussion.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.allteach.discussion.NotificationLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read side of thread lists, in plain SQL: one query per page joins each thread with this person's read state
 * and subscription, so a list shows unread counts without a query per row.
 */
@Repository
public class ThreadListQueries {

    /** A muted thread, or a thread in a muted category that the person did not choose to follow, counts as muted. */
    private static final String LEVEL = "COALESCE(st.level, sc.level)";

    private final JdbcClient jdbc;

    ThreadListQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record ThreadListRow(long id, String title, long authorId, Instant createdAt, Instant lastPostedAt,
                                long lastPosterId, int postCount, boolean pinned, boolean locked, boolean solved,
                                Integer lastReadNumber, NotificationLevel level) {
    }

    public record CategoryCounts(long threads, long unreadThreads, long newThreads) {
    }

    public List<ThreadListRow> threads(long categoryId, long personId, int offset, int limit) {
        return jdbc.sql("""
                        SELECT t.id, t.title, t.author_id, t.created_at, t.last_posted_at, t.last_poster_id, t.post_count,
                               t.pinned, t.locked, t.solution_post_id IS NOT NULL AS solved, r.last_read_number,
                               %s AS level
                        FROM discussion_thread t
                        LEFT JOIN discussion_read_state r ON r.thread_id = t.id AND r.person_id = :person
                        LEFT JOIN discussion_subscription st ON st.thread_id = t.id AND st.person_id = :person
                        LEFT JOIN discussion_subscription sc ON sc.category_id = t.category_id AND sc.person_id = :person
                        WHERE t.category_id = :category
                        ORDER BY t.pinned DESC, t.last_posted_at DESC, t.id DESC
                        LIMIT :limit OFFSET :offset""".formatted(LEVEL))
                .param("person", personId).param("category", categoryId).param("limit", limit).param("offset", offset)
                .query((rs, row) -> new ThreadListRow(rs.getLong("id"), rs.getString("title"), rs.getLong("author_id"),
                        instant(rs, "created_at"), instant(rs, "last_posted_at"),
                        rs.getLong("last_poster_id"), rs.getInt("post_count"), rs.getBoolean("pinned"),
                        rs.getBoolean("locked"), rs.getBoolean("solved"), (Integer) rs.getObject("last_read_number",
                        Integer.class), level(rs.getString("level"))))
                .list();
    }

    /** Threads, unread threads and never-opened threads per category for this person, muted ones left out. */
    public Map<Long, CategoryCounts> countsByCategory(Collection<Long> categoryIds, long personId) {
        Map<Long, CategoryCounts> counts = new HashMap<>();
        if (categoryIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        SELECT t.category_id,
                               COUNT(*) AS threads,
                               SUM(CASE WHEN (%1$s IS NULL OR %1$s <> 'MUTED') AND r.last_read_number < t.post_count
                                        THEN 1 ELSE 0 END) AS unread_threads,
                               SUM(CASE WHEN r.last_read_number IS NULL AND (%1$s IS NULL OR %1$s <> 'MUTED')
                                        THEN 1 ELSE 0 END) AS new_threads
                        FROM discussion_thread t
                        LEFT JOIN discussion_read_state r ON r.thread_id = t.id AND r.person_id = :person
                        LEFT JOIN discussion_subscription st ON st.thread_id = t.id AND st.person_id = :person
                        LEFT JOIN discussion_subscription sc ON sc.category_id = t.category_id AND sc.person_id = :person
                        WHERE t.category_id IN (:categories)
                        GROUP BY t.category_id""".formatted(LEVEL))
                .param("person", personId).param("categories", categoryIds)
                .query(rs -> {
                    counts.put(rs.getLong("category_id"), new CategoryCounts(rs.getLong("threads"),
                            rs.getLong("unread_threads"), rs.getLong("new_threads")));
                });
        return counts;
    }

    /** Tags of these threads, sorted, in one query. */
    public Map<Long, Set<String>> tags(Collection<Long> threadIds) {
        Map<Long, Set<String>> tags = new HashMap<>();
        if (threadIds.isEmpty()) {
            return tags;
        }
        jdbc.sql("SELECT thread_id, tag FROM discussion_thread_tag WHERE thread_id IN (:threads)")
                .param("threads", threadIds)
                .query(rs -> {
                    tags.computeIfAbsent(rs.getLong("thread_id"), id -> new TreeSet<>()).add(rs.getString("tag"));
                });
        return tags;
    }

    public void replaceTags(long threadId, Collection<String> newTags) {
        jdbc.sql("DELETE FROM discussion_thread_tag WHERE thread_id = :thread").param("thread", threadId).update();
        for (String tag : newTags) {
            jdbc.sql("INSERT INTO discussion_thread_tag (thread_id, tag) VALUES (:thread, :tag)")
                    .param("thread", threadId).param("tag", tag).update();
        }
    }

    /** DATETIME columns hold UTC (see spring.jpa.properties.hibernate.jdbc.time_zone), whatever the JVM's zone. */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime utc = rs.getObject(column, LocalDateTime.class);
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    private static NotificationLevel level(String level) {
        return level == null ? null : NotificationLevel.valueOf(level);
    }
}
