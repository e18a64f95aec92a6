package org.allteach.library.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.allteach.library.ResourceKind;
import org.allteach.library.WatchedLibrary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who watches which kind of resource, or the whole library, in plain SQL like discussion's subscriptions: a kind of
 * NULL is the whole library.
 */
@Repository
public class LibrarySubscriptions {

    private final JdbcClient jdbc;

    LibrarySubscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public WatchedLibrary of(long personId) {
        Set<ResourceKind> kinds = EnumSet.noneOf(ResourceKind.class);
        boolean[] whole = {false};
        jdbc.sql("SELECT kind FROM library_subscription WHERE person_id = :person").param("person", personId)
                .query(rs -> {
                    String kind = rs.getString("kind");
                    if (kind == null) {
                        whole[0] = true;
                    } else {
                        kinds.add(ResourceKind.valueOf(kind));
                    }
                });
        return new WatchedLibrary(whole[0], kinds);
    }

    /** Starts watching one kind, or the whole library when {@code kind} is null; watching twice changes nothing. */
    public void watch(long personId, ResourceKind kind, Instant now) {
        jdbc.sql("INSERT IGNORE INTO library_subscription (person_id, kind, created_at) VALUES (:person, :kind, :now)")
                .param("person", personId).param("kind", kind == null ? null : kind.name())
                .param("now", LocalDateTime.ofInstant(now, ZoneOffset.UTC)).update();
    }

    /** Stops watching one kind, or the whole library when {@code kind} is null. */
    public void unwatch(long personId, ResourceKind kind) {
        jdbc.sql("DELETE FROM library_subscription WHERE person_id = :person AND target_key = :target")
                .param("person", personId).param("target", targetKey(kind)).update();
    }

    /** Everyone watching this kind or the whole library, once each. */
    public List<Long> watchers(ResourceKind kind) {
        return jdbc.sql("""
                        SELECT DISTINCT person_id FROM library_subscription WHERE target_key IN (:kind, '*')
                        ORDER BY person_id""")
                .param("kind", kind.name()).query(Long.class).list();
    }

    private static String targetKey(ResourceKind kind) {
        return kind == null ? "*" : kind.name();
    }
}
