package org.allteach.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.allteach.library.ResourceKind;
import org.allteach.search.SearchFacet;
import org.allteach.shared.markdown.MarkdownRenderer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The baseline the issue compares Lucene with: the same documents searched with MariaDB's InnoDB FULLTEXT
 * ({@code MATCH … AGAINST … IN BOOLEAN MODE}), doing the work the search page needs: the first 20 hits by relevance
 * with a snippet around a matched word, and the facet counts, all within the searcher's audiences.
 *
 * <p>Bench-only tables, in MariaDB's best case: one row per search document holding exactly what the Lucene index
 * holds (title, tags, summary and latest version text, or the thread's visible posts), its facet values and its
 * audience, with one FULLTEXT index over (title, tags, body), built after loading. FULLTEXT indexes on the live
 * tables instead could not require every word across a resource's title, summary and file text, or a thread's posts,
 * in one {@code MATCH}; they would need a union of four searches grouped by document.
 *
 * <p>A document without tags (or visible posts) has NULL there, not an empty string: with an empty string in one of
 * the index's columns, InnoDB's phrase search misses the document. In MariaDB 11.4.5 "warm handoff" found 3,300 of
 * the 4,776 documents that contain it, only one of the 1,476 without tags.
 */
final class MariaDbFulltext {

    /** @param total matching documents the searcher may read; hits on the page; facet values counted */
    record Result(long total, int hits, int facetValues) {
    }

    private static final int PAGE = 20;
    private static final int FACET_VALUES = 12;
    private static final int SNIPPET_LENGTH = 160;
    private static final String MATCH = "MATCH (title, tags, body) AGAINST (? IN BOOLEAN MODE)";
    private static final String MATCH_D = "MATCH (d.title, d.tags, d.body) AGAINST (? IN BOOLEAN MODE)";
    /** Facet dimensions counted in one grouped pass, and the column of each. */
    private static final Map<SearchFacet, String> COLUMNS = Map.of(SearchFacet.KIND, "kind",
            SearchFacet.FOCUS_AREA, "focus_area", SearchFacet.YEAR, "year", SearchFacet.COLLABORATIVE,
            "collaborative_id", SearchFacet.TEAM, "team_id");
    private static final List<SearchFacet> GROUPED = List.of(SearchFacet.KIND, SearchFacet.FOCUS_AREA,
            SearchFacet.YEAR, SearchFacet.COLLABORATIVE, SearchFacet.TEAM);

    private final JdbcTemplate jdbc;

    MariaDbFulltext(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Copies the search documents out of the live tables, as the Lucene index's sources read them. */
    Duration fill() {
        long started = System.nanoTime();
        jdbc.execute("""
                CREATE TABLE bench_search_document (
                    FTS_DOC_ID       BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
                    type             VARCHAR(16)  NOT NULL,
                    id               BIGINT       NOT NULL,
                    title            VARCHAR(200) NOT NULL,
                    tags             VARCHAR(500) NULL,
                    body             LONGTEXT     NULL,
                    kind             VARCHAR(40)  NOT NULL,
                    focus_area       VARCHAR(120) NULL,
                    year             INT          NULL,
                    collaborative_id BIGINT       NOT NULL,
                    team_id          BIGINT       NULL,
                    audience         VARCHAR(40)  NOT NULL,
                    updated_at       DATETIME(6)  NOT NULL,
                    UNIQUE KEY FTS_DOC_ID_INDEX (FTS_DOC_ID),
                    UNIQUE KEY uk_bench_search_document (type, id)
                ) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci""");
        jdbc.execute("""
                CREATE TABLE bench_search_tag (
                    type VARCHAR(16) NOT NULL,
                    id   BIGINT      NOT NULL,
                    tag  VARCHAR(40) NOT NULL,
                    PRIMARY KEY (type, id, tag)
                ) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci""");
        String kindLabel = Stream.of(ResourceKind.values())
                .map(kind -> "WHEN '" + kind.name() + "' THEN '" + kind.label() + "'")
                .collect(Collectors.joining(" ", "CASE r.kind ", " END"));
        jdbc.update("""
                INSERT INTO bench_search_document (type, id, title, tags, body, kind, focus_area, year,
                                                   collaborative_id, team_id, audience, updated_at)
                SELECT 'resource', r.id, r.title,
                       (SELECT GROUP_CONCAT(g.tag SEPARATOR ' ') FROM library_resource_tag g
                        WHERE g.resource_id = r.id),
                       CONCAT(r.summary, '\\n\\n', COALESCE(t.text, '')),
                       %s, r.focus_area, COALESCE(r.year, YEAR(r.created_at)), r.collaborative_id, r.team_id,
                       CASE r.visibility WHEN 'PORTAL' THEN 'portal'
                                         WHEN 'COLLABORATIVE' THEN CONCAT('collaborative:', r.collaborative_id)
                                         ELSE CONCAT('team:', r.team_id) END,
                       r.updated_at
                FROM library_resource r
                LEFT JOIN library_version v ON v.resource_id = r.id
                     AND v.number = (SELECT MAX(l.number) FROM library_version l WHERE l.resource_id = r.id)
                LEFT JOIN library_version_text t ON t.version_id = v.id
                WHERE r.deleted_at IS NULL
                ORDER BY r.id""".formatted(kindLabel));
        jdbc.update("""
                INSERT INTO bench_search_document (type, id, title, tags, body, kind, focus_area, year,
                                                   collaborative_id, team_id, audience, updated_at)
                SELECT 'thread', th.id, th.title,
                       (SELECT GROUP_CONCAT(g.tag SEPARATOR ' ') FROM discussion_thread_tag g
                        WHERE g.thread_id = th.id),
                       (SELECT GROUP_CONCAT(p.body ORDER BY p.number SEPARATOR '\\n\\n') FROM discussion_post p
                        WHERE p.thread_id = th.id AND p.withdrawn_at IS NULL AND p.hidden_at IS NULL),
                       'Discussion', NULL, YEAR(th.created_at), s.collaborative_id, s.team_id,
                       CASE s.kind WHEN 'TEAM' THEN CONCAT('team:', s.team_id)
                                   ELSE CONCAT('collaborative:', s.collaborative_id) END,
                       th.last_posted_at
                FROM discussion_thread th JOIN discussion_space s ON s.id = th.space_id
                WHERE s.collaborative_id IS NOT NULL
                ORDER BY th.id""");
        jdbc.update("""
                INSERT INTO bench_search_tag (type, id, tag)
                SELECT 'resource', g.resource_id, g.tag FROM library_resource_tag g
                JOIN library_resource r ON r.id = g.resource_id WHERE r.deleted_at IS NULL""");
        jdbc.update("""
                INSERT INTO bench_search_tag (type, id, tag)
                SELECT 'thread', g.thread_id, g.tag FROM discussion_thread_tag g""");
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Builds the FULLTEXT index over the loaded rows (faster than keeping it up to date while loading). */
    Duration index() {
        long started = System.nanoTime();
        jdbc.execute("ALTER TABLE bench_search_document ADD FULLTEXT INDEX ft_bench_search_document "
                + "(title, tags, body)");
        jdbc.execute("ANALYZE TABLE bench_search_document, bench_search_tag");
        return Duration.ofNanos(System.nanoTime() - started);
    }

    long documents() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM bench_search_document", Long.class);
    }

    /** Bytes on disk of the documents table and its FULLTEXT index (InnoDB keeps the index in FTS_* tables). */
    long bytesOnDisk(String database) {
        Path folder = Path.of(jdbc.queryForObject("SELECT @@datadir", String.class)).resolve(database);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.equals("bench_search_document.ibd") || name.startsWith("fts_");
            }).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException unreadable) {
                    throw new UncheckedIOException(unreadable);
                }
            }).sum();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * The search page's work: 20 hits by relevance with snippets, then the facet counts in one grouped pass over the
     * matches plus one for tags; with a filter, also the filtered dimension's counts without it (as drill-sideways
     * counts them, so the other values stay choosable).
     */
    Result search(SearchBenchQueries.BenchQuery query, List<String> audiences) {
        String against = against(query);
        String readable = " AND audience IN (" + String.join(", ", audiences.stream().map(a -> "?").toList()) + ")";
        String filter = query.facet() == null ? "" : " AND " + COLUMNS.get(query.facet()) + " = ?";
        List<Object> args = new ArrayList<>();
        args.add(against);
        args.addAll(audiences);
        if (query.facet() != null) {
            args.add(query.facet() == SearchFacet.YEAR ? Integer.valueOf(query.facetValue()) : query.facetValue());
        }

        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.addFirst(against);
        List<String> words = words(query);
        List<String> snippets = jdbc.query("SELECT type, id, title, body, kind, collaborative_id, updated_at, " + MATCH
                        + " AS score FROM bench_search_document WHERE " + MATCH + readable + filter
                        + " ORDER BY score DESC LIMIT " + PAGE,
                (rs, n) -> highlighted(rs.getString("title"), words) + snippet(rs.getString("body"), words),
                pageArgs.toArray());

        Map<SearchFacet, Map<String, Long>> counts = new HashMap<>();
        long[] total = {0};
        jdbc.query("SELECT kind, focus_area, year, collaborative_id, team_id, COUNT(*) AS n FROM bench_search_document"
                        + " WHERE " + MATCH + readable + filter
                        + " GROUP BY kind, focus_area, year, collaborative_id, team_id",
                rs -> {
                    long n = rs.getLong("n");
                    total[0] += n;
                    for (SearchFacet facet : GROUPED) {
                        String value = rs.getString(COLUMNS.get(facet));
                        if (value != null) {
                            counts.computeIfAbsent(facet, f -> new HashMap<>()).merge(value, n, Long::sum);
                        }
                    }
                }, args.toArray());
        int facetValues = 0;
        for (SearchFacet facet : GROUPED) {
            if (facet != query.facet()) {
                facetValues += top(counts.getOrDefault(facet, Map.of())).size();
            }
        }
        facetValues += jdbc.queryForList("SELECT g.tag, COUNT(*) AS n FROM bench_search_document d"
                + " JOIN bench_search_tag g ON g.type = d.type AND g.id = d.id WHERE " + MATCH_D + readable + filter
                + " GROUP BY g.tag ORDER BY n DESC LIMIT " + FACET_VALUES,
                args.toArray()).size();
        if (query.facet() != null) {
            String column = COLUMNS.get(query.facet());
            facetValues += jdbc.queryForList("SELECT " + column + ", COUNT(*) AS n FROM bench_search_document WHERE "
                    + MATCH + readable + " AND " + column + " IS NOT NULL GROUP BY " + column
                    + " ORDER BY n DESC LIMIT " + FACET_VALUES, args.subList(0, args.size() - 1).toArray()).size();
        }
        return new Result(total[0], snippets.size(), facetValues);
    }

    /** Every clause required; phrases quoted. A misspelled word is searched as typed: InnoDB has no fuzzy match. */
    static String against(SearchBenchQueries.BenchQuery query) {
        return String.join(" ", query.clauses().stream().map(c -> c.contains(" ") ? "+\"" + c + "\"" : "+" + c)
                .toList());
    }

    private static List<String> words(SearchBenchQueries.BenchQuery query) {
        return query.clauses().stream().flatMap(clause -> Stream.of(clause.split(" "))).toList();
    }

    private static List<Map.Entry<String, Long>> top(Map<String, Long> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(FACET_VALUES).toList();
    }

    /** About 160 characters around the first matched word, escaped, words marked: what the page shows under a hit. */
    private static String snippet(String body, List<String> words) {
        if (body == null) {
            return "";
        }
        String lower = body.toLowerCase(Locale.ROOT);
        int first = -1;
        for (String word : words) {
            int at = lower.indexOf(word.toLowerCase(Locale.ROOT));
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        int from = Math.max(0, first - SNIPPET_LENGTH / 3);
        return highlighted(body.substring(from, Math.min(body.length(), from + SNIPPET_LENGTH)), words);
    }

    private static String highlighted(String text, List<String> words) {
        String escaped = MarkdownRenderer.escape(text);
        for (String word : words) {
            Matcher matcher = Pattern.compile(Pattern.quote(word), Pattern.CASE_INSENSITIVE).matcher(escaped);
            escaped = matcher.replaceAll(match -> "<mark>" + Matcher.quoteReplacement(match.group()) + "</mark>");
        }
        return escaped;
    }
}
