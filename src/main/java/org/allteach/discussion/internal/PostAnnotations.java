package org.allteach.discussion.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.allteach.discussion.NotificationLevel;
import org.allteach.discussion.Reaction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The small per-person facts around posts — reactions, mentions, read state, subscriptions — in plain SQL: they are
 * rows of two or three columns, read for a whole page of posts at once.
 */
@Repository
public class PostAnnotations {

    private final JdbcClient jdbc;

    PostAnnotations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record ReactionRow(long postId, long personId, Reaction reaction) {
    }

    /** Every reaction on these posts, oldest first, in one query. */
    public Map<Long, List<ReactionRow>> reactions(Collection<Long> postIds) {
        Map<Long, List<ReactionRow>> byPost = new HashMap<>();
        if (postIds.isEmpty()) {
            return byPost;
        }
        jdbc.sql("""
                        SELECT post_id, person_id, reaction FROM discussion_reaction WHERE post_id IN (:posts)
                        ORDER BY created_at, person_id""")
                .param("posts", postIds)
                .query(rs -> {
                    ReactionRow row = new ReactionRow(rs.getLong("post_id"), rs.getLong("person_id"),
                            Reaction.valueOf(rs.getString("reaction")));
                    byPost.computeIfAbsent(row.postId(), id -> new ArrayList<>()).add(row);
                });
        return byPost;
    }

    /** Adds the reaction, or takes it back if the person had already given it; returns whether it is now there. */
    public boolean toggleReaction(long postId, long personId, Reaction reaction, Instant now) {
        int removed = jdbc.sql("""
                        DELETE FROM discussion_reaction WHERE post_id = :post AND person_id = :person
                        AND reaction = :reaction""")
                .param("post", postId).param("person", personId).param("reaction", reaction.name()).update();
        if (removed > 0) {
            return false;
        }
        jdbc.sql("""
                        INSERT IGNORE INTO discussion_reaction (post_id, person_id, reaction, created_at)
                        VALUES (:post, :person, :reaction, :now)""")
                .param("post", postId).param("person", personId).param("reaction", reaction.name())
                .param("now", utc(now)).update();
        return true;
    }

    public void addMentions(long postId, Collection<Long> personIds) {
        for (long personId : personIds) {
            jdbc.sql("INSERT IGNORE INTO discussion_mention (post_id, person_id) VALUES (:post, :person)")
                    .param("post", postId).param("person", personId).update();
        }
    }

    /** The people mentioned in a post. */
    public Set<Long> mentionedIn(long postId) {
        return Set.copyOf(jdbc.sql("SELECT person_id FROM discussion_mention WHERE post_id = :post")
                .param("post", postId).query(Long.class).list());
    }

    public Optional<Integer> lastRead(long threadId, long personId) {
        return jdbc.sql("""
                        SELECT last_read_number FROM discussion_read_state
                        WHERE thread_id = :thread AND person_id = :person""")
                .param("thread", threadId).param("person", personId).query(Integer.class).optional();
    }

    /** Moves the person's read mark forward (never back: reading an old page does not make new posts unread). */
    public void markRead(long threadId, long personId, int number) {
        jdbc.sql("""
                        INSERT INTO discussion_read_state (person_id, thread_id, last_read_number)
                        VALUES (:person, :thread, :number)
                        ON DUPLICATE KEY UPDATE last_read_number = GREATEST(last_read_number, VALUES(last_read_number))""")
                .param("person", personId).param("thread", threadId).param("number", number).update();
    }

    public Optional<NotificationLevel> threadLevel(long threadId, long personId) {
        return level("thread_id", threadId, personId);
    }

    public Optional<NotificationLevel> categoryLevel(long categoryId, long personId) {
        return level("category_id", categoryId, personId);
    }

    public void setThreadLevel(long threadId, long personId, NotificationLevel level) {
        setLevel("thread_id", threadId, personId, level);
    }

    public void setCategoryLevel(long categoryId, long personId, NotificationLevel level) {
        setLevel("category_id", categoryId, personId, level);
    }

    /**
     * Everyone's explicit choice for this thread or its category, person id → level; a choice for the thread wins
     * over one for its category.
     */
    public Map<Long, NotificationLevel> levels(long threadId, long categoryId) {
        Map<Long, NotificationLevel> levels = new HashMap<>();
        jdbc.sql("""
                        SELECT person_id, level, thread_id IS NOT NULL AS for_thread FROM discussion_subscription
                        WHERE thread_id = :thread OR category_id = :category
                        ORDER BY for_thread""")
                .param("thread", threadId).param("category", categoryId)
                .query(rs -> {
                    levels.put(rs.getLong("person_id"), NotificationLevel.valueOf(rs.getString("level")));
                });
        return levels;
    }

    private Optional<NotificationLevel> level(String column, long targetId, long personId) {
        return jdbc.sql("SELECT level FROM discussion_subscription WHERE " + column
                        + " = :target AND person_id = :person")
                .param("target", targetId).param("person", personId).query(String.class).optional()
                .map(NotificationLevel::valueOf);
    }

    /** A person's choice other than the default (tracking) for one thread or category, with where it is. */
    public record LevelChoiceRow(Long threadId, long categoryId, long spaceId, String threadTitle,
                                 String categoryName, NotificationLevel level) {
    }

    /**
     * A page of a person's watched and muted threads and categories, categories first, then threads by latest
     * activity. Whether they may still read each is the caller's to check.
     */
    public List<LevelChoiceRow> choicesOf(long personId, int offset, int limit) {
        return jdbc.sql("""
                        SELECT s.thread_id, c.id AS category_id, c.space_id, t.title, c.name, s.level
                        FROM discussion_subscription s
                        LEFT JOIN discussion_thread t ON t.id = s.thread_id
                        JOIN discussion_category c ON c.id = COALESCE(s.category_id, t.category_id)
                        WHERE s.person_id = :person AND s.level <> 'TRACKING'
                        ORDER BY s.thread_id IS NOT NULL, t.last_posted_at DESC, c.space_id, c.position, s.id
                        LIMIT :limit OFFSET :offset""")
                .param("person", personId).param("limit", limit).param("offset", offset)
                .query((rs, row) -> new LevelChoiceRow(rs.getObject("thread_id", Long.class),
                        rs.getLong("category_id"), rs.getLong("space_id"), rs.getString("title"),
                        rs.getString("name"), NotificationLevel.valueOf(rs.getString("level"))))
                .list();
    }

    private void setLevel(String column, long targetId, long personId, NotificationLevel level) {
        jdbc.sql("INSERT INTO discussion_subscription (person_id, " + column + ", level) VALUES (:person, :target, "
                        + ":level) ON DUPLICATE KEY UPDATE level = VALUES(level)")
                .param("person", personId).param("target", targetId).param("level", level.name()).update();
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
