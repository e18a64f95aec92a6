package org.allteach.discussion.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Posts per author and month, the months being those of a time zone. The database counts in UTC and knows no zones
 * (MariaDB's zone tables are often not loaded), so the months come in as their [start, end) instants in a derived
 * table and the posts are joined to the month they fall in: one GROUP BY query, exact at every month's edge and
 * across daylight saving.
 */
@Repository
public class PostMonths {

    private final JdbcClient jdbc;

    PostMonths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One author's posts in one of the months asked for. */
    public record AuthorMonth(long personId, YearMonth month, long posts, Instant lastPostedAt) {
    }

    /** Posts in a collaborative's spaces (open and team), not withdrawn, per author and month of the zone. */
    public List<AuthorMonth> countByAuthorAndMonth(long collaborativeId, List<YearMonth> months, ZoneId zone) {
        if (months.isEmpty()) {
            return List.of();
        }
        StringJoiner bounds = new StringJoiner(" UNION ALL ");
        List<Object> parameters = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            bounds.add("SELECT ? AS month_index, CAST(? AS DATETIME(6)) AS starts_at,"
                    + " CAST(? AS DATETIME(6)) AS ends_at");
            parameters.add(i);
            parameters.add(start(months.get(i), zone));
            parameters.add(start(months.get(i).plusMonths(1), zone));
        }
        parameters.add(collaborativeId);
        // the whole span again on the posts themselves, so the index range is read once whatever the join order
        parameters.add(start(months.getFirst(), zone));
        parameters.add(start(months.getLast().plusMonths(1), zone));
        return jdbc.sql("""
                        SELECT p.author_id, m.month_index, COUNT(*) AS posts, MAX(p.created_at) AS last_posted_at
                        FROM (%s) m
                        JOIN discussion_post p ON p.created_at >= m.starts_at AND p.created_at < m.ends_at
                        JOIN discussion_thread t ON t.id = p.thread_id
                        JOIN discussion_space s ON s.id = t.space_id
                        WHERE s.collaborative_id = ? AND p.withdrawn_at IS NULL
                          AND p.created_at >= ? AND p.created_at < ?
                        GROUP BY p.author_id, m.month_index""".formatted(bounds))
                .params(parameters)
                .query((rs, row) -> new AuthorMonth(rs.getLong("author_id"), months.get(rs.getInt("month_index")),
                        rs.getLong("posts"), rs.getObject("last_posted_at", LocalDateTime.class)
                                .toInstant(ZoneOffset.UTC)))
                .list();
    }

    /** The month's first moment in the zone, as the database's UTC. */
    private static LocalDateTime start(YearMonth month, ZoneId zone) {
        return PostAnnotations.utc(month.atDay(1).atStartOfDay(zone).toInstant());
    }
}
