package org.allteach.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.allteach.collaborative.Collaboratives;
import org.allteach.collaborative.Teams;
import org.allteach.discussion.Discussions;
import org.allteach.discussion.PostView;
import org.allteach.identity.Accounts;
import org.allteach.identity.ActingAs;
import org.allteach.support.QueryCounter;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The discussion benchmark of the issue, run by {@code ./mvnw -Pbench verify} and never by the normal build: seeds
 * 200,000 posts (see {@link DiscussionBenchData}), then, as a participant, times the page views the issue names
 * (the service calls a view makes, in the server; no browser) and counts the SQL statements each one sends. Prints a
 * table and writes it to {@code target/bench/discussion.txt}. Fails only if a long thread costs more statements than
 * a short one: timings depend on the machine, statement counts do not.
 */
@SpringBootTest
@ActiveProfiles("bench")
@Import(JdbcStatementLog.class)
class DiscussionBench {

    private static final int WARM_UP = 200;
    private static final int MEASURED = 500;
    private static final int LIST_PAGE = 50;
    private static final int THREAD_PAGE = 20;
    private static final int MIDDLE_OF_LONG_THREAD = DiscussionBenchData.LONG_THREAD_POSTS / 2 + 1;
    private static final double GOAL_P95_MS = 50;
    private static final Path REPORT = Path.of("target/bench/discussion.txt");

    @Autowired
    private Discussions discussions;
    @Autowired
    private ActingAs actingAs;
    @Autowired
    private EntityManagerFactory entityManagerFactory;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Accounts accounts;
    @Autowired
    private Collaboratives collaboratives;
    @Autowired
    private Teams teams;
    @Autowired
    private PasswordEncoder passwordEncoder;
    @Autowired
    private Clock clock;

    private record PageView(String name, Runnable view) {
    }

    /** Milliseconds. */
    private record Timing(double p50, double p95, double p99, double max) {
    }

    /** Statements of one page view: all that reached the DataSource, and what Hibernate's two counters saw of them. */
    private record StatementCount(List<String> sent, long hibernateStatistics, long queryCounter) {
    }

    @Test
    void discussionPagesAt200000Posts() throws IOException {
        double contextSeconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        DiscussionBenchData.Seeded data = new DiscussionBenchData(jdbc, accounts, actingAs, collaboratives, teams,
                passwordEncoder, clock).seed();
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();

        long bigCategory = data.bigCategoryId();
        long smallCategory = data.smallCategoryId();
        long longThread = data.longThreadId();
        long shortThread = data.shortThreadId();
        PageView list = new PageView("Category list, first %d of %,d threads".formatted(LIST_PAGE,
                data.bigCategoryThreads()), () -> {
            discussions.threads(bigCategory, 0, LIST_PAGE);
            discussions.countThreads(bigCategory);
        });
        int lastPage = data.bigCategoryThreads() - LIST_PAGE;
        PageView deepList = new PageView("Category list, last page (from thread %,d)".formatted(lastPage + 1), () -> {
            discussions.threads(bigCategory, lastPage, LIST_PAGE);
            discussions.countThreads(bigCategory);
        });
        PageView smallList = new PageView("Category list of %d threads (announcements)".formatted(
                data.smallCategoryThreads()), () -> {
            discussions.threads(smallCategory, 0, LIST_PAGE);
            discussions.countThreads(smallCategory);
        });
        PageView resumeLong = new PageView("10,000-post thread, where the reader left off",
                () -> discussions.posts(longThread, discussions.thread(longThread).firstUnread(), THREAD_PAGE));
        PageView middleLong = new PageView("10,000-post thread, a page in the middle", () -> {
            discussions.thread(longThread);
            discussions.posts(longThread, MIDDLE_OF_LONG_THREAD, THREAD_PAGE);
        });
        PageView resumeShort = new PageView("10-post thread, where the reader left off",
                () -> discussions.posts(shortThread, discussions.thread(shortThread).firstUnread(), THREAD_PAGE));
        PageView spaces = new PageView("Spaces overview with unread counts", discussions::mySpaces);
        List<PageView> views = List.of(list, deepList, smallList, resumeLong, middleLong, resumeShort, spaces);

        // the pages are what the issue describes: full pages, where the reader left off
        actingAs.run(data.readerId(), () -> {
            assertThat(discussions.threads(bigCategory, 0, LIST_PAGE)).hasSize(LIST_PAGE);
            assertThat(discussions.countThreads(bigCategory)).isEqualTo(data.bigCategoryThreads());
            assertThat(discussions.threads(bigCategory, lastPage, LIST_PAGE)).hasSize(LIST_PAGE);
            assertThat(discussions.threads(smallCategory, 0, LIST_PAGE)).hasSize(data.smallCategoryThreads());
            assertThat(discussions.thread(longThread).posts()).isEqualTo(DiscussionBenchData.LONG_THREAD_POSTS);
            assertThat(discussions.posts(longThread, discussions.thread(longThread).firstUnread(), THREAD_PAGE))
                    .extracting(PostView::number).hasSize(THREAD_PAGE)
                    .startsWith(DiscussionBenchData.LONG_THREAD_READ + 1);
            assertThat(discussions.posts(longThread, MIDDLE_OF_LONG_THREAD, THREAD_PAGE))
                    .extracting(PostView::number).hasSize(THREAD_PAGE).startsWith(MIDDLE_OF_LONG_THREAD);
            assertThat(discussions.posts(shortThread, discussions.thread(shortThread).firstUnread(), THREAD_PAGE))
                    .extracting(PostView::number).startsWith(DiscussionBenchData.SHORT_THREAD_READ + 1)
                    .endsWith(DiscussionBenchData.SHORT_THREAD_POSTS);
        });

        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long measuringStarted = System.nanoTime();
        Map<PageView, Timing> timings = new LinkedHashMap<>();
        Map<PageView, StatementCount> counts = new LinkedHashMap<>();
        actingAs.run(data.readerId(), () -> {
            for (int i = 0; i < WARM_UP; i++) {
                views.forEach(view -> view.view().run());
            }
            timings.putAll(time(views));
            views.forEach(view -> counts.put(view, count(view, statistics)));
        });
        double measuringSeconds = (System.nanoTime() - measuringStarted) / 1e9;
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        String report = report(data, timings, counts, contextSeconds, measuringSeconds, loadBefore, loadAfter,
                List.of(smallList, list), List.of(resumeShort, resumeLong));
        System.out.println(report);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);

        assertThat(counts.get(resumeLong).sent()).as("statements for a page of the 10,000-post thread")
                .hasSameSizeAs(counts.get(resumeShort).sent());
        assertThat(counts.get(middleLong).sent()).hasSameSizeAs(counts.get(resumeShort).sent());
        assertThat(counts.get(list).sent()).as("statements for the big category's list")
                .hasSameSizeAs(counts.get(smallList).sent());
    }

    /** Round-robin over the views, so a burst of other work on the machine slows them all alike. */
    private static Map<PageView, Timing> time(List<PageView> views) {
        double[][] millis = new double[views.size()][MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            for (int v = 0; v < views.size(); v++) {
                long started = System.nanoTime();
                views.get(v).view().run();
                millis[v][i] = (System.nanoTime() - started) / 1e6;
            }
        }
        Map<PageView, Timing> timings = new LinkedHashMap<>();
        for (int v = 0; v < views.size(); v++) {
            double[] sorted = millis[v];
            Arrays.sort(sorted);
            timings.put(views.get(v), new Timing(percentile(sorted, 50), percentile(sorted, 95),
                    percentile(sorted, 99), sorted[sorted.length - 1]));
        }
        return timings;
    }

    /** Nearest rank: the smallest time that this share of the page views did not exceed. */
    private static double percentile(double[] sorted, int percent) {
        return sorted[(int) Math.ceil(percent / 100.0 * sorted.length) - 1];
    }

    private static StatementCount count(PageView view, Statistics statistics) {
        long before = statistics.getPrepareStatementCount();
        long[] inspected = new long[1];
        List<String> sent = JdbcStatementLog.record(() -> inspected[0] = QueryCounter.count(view.view()));
        return new StatementCount(sent, statistics.getPrepareStatementCount() - before, inspected[0]);
    }

    private String report(DiscussionBenchData.Seeded data, Map<PageView, Timing> timings,
                          Map<PageView, StatementCount> counts, double contextSeconds, double measuringSeconds,
                          double loadBefore, double loadAfter, List<PageView> smallAndBigList,
                          List<PageView> shortAndLongThread) {
        StringBuilder out = new StringBuilder("\n=== Discussion benchmark ===\n");
        out.append(format("Data: %,d teams, %,d people, %,d threads, %,d posts (longest thread %,d posts), "
                        + "%,d reactions, %,d read marks, %,d subscriptions, %,d tags.%n",
                rows("team"), rows("person"), rows("discussion_thread"), rows("discussion_post"),
                jdbc.queryForObject("SELECT MAX(post_count) FROM discussion_thread", Long.class),
                rows("discussion_reaction"), rows("discussion_read_state"), rows("discussion_subscription"),
                rows("discussion_thread_tag")));
        out.append(format("Application context %.1f s, seeding %.1f s, measuring %.1f s (%d warm-up rounds, then %d "
                        + "timed page views each).%n", contextSeconds, data.took().toMillis() / 1000.0,
                measuringSeconds, WARM_UP, MEASURED));
        out.append(format("%d processors; load average %.1f before measuring, %.1f after (other work on the machine "
                        + "shows in the p95).%n", Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter));
        out.append("Server time of a page view (the service calls its view makes) as a participant, in ms; SQL "
                + "statements per page view:\n\n");
        String row = "%-48s %6s %6s %6s %6s  %-11s %4s %9s %12s %10s%n";
        out.append(format(row, "page view", "p50", "p95", "p99", "max", "p95<=50ms", "SQL", "Hibernate", "QueryCounter",
                "JdbcClient"));
        out.append(format(row, "", "", "", "", "", "", "all", "stats", "(Hibernate)", "(the rest)"));
        timings.forEach((view, timing) -> {
            StatementCount count = counts.get(view);
            out.append(format(row, view.name(), ms(timing.p50()), ms(timing.p95()), ms(timing.p99()), ms(timing.max()),
                    timing.p95() <= GOAL_P95_MS ? "met" : "MISSED", count.sent().size(), count.hibernateStatistics(),
                    count.queryCounter(), count.sent().size() - count.queryCounter()));
        });
        out.append('\n').append(comparison("10-post thread vs 10,000-post thread", shortAndLongThread, counts));
        out.append(comparison("list of 8 threads vs page of 50 of 1,500", smallAndBigList, counts));
        PageView longThread = shortAndLongThread.getLast();
        List<String> sent = counts.get(longThread).sent();
        out.append(format("%nThe %d statements of one page view \"%s\":%n", sent.size(), longThread.name()));
        for (int i = 0; i < sent.size(); i++) {
            out.append(format("%3d. %s%n", i + 1, abbreviate(sent.get(i))));
        }
        return out.toString();
    }

    private static String comparison(String what, List<PageView> smallAndBig, Map<PageView, StatementCount> counts) {
        int small = counts.get(smallAndBig.getFirst()).sent().size();
        int big = counts.get(smallAndBig.getLast()).sent().size();
        return format("SQL statements per page view, %s: %d vs %d (%s).%n", what, small, big,
                small == big ? "equal, no N+1" : "NOT EQUAL");
    }

    private long rows(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private static String ms(double millis) {
        return format("%.1f", millis);
    }

    private static String abbreviate(String sql) {
        return sql.length() <= 160 ? sql : sql.substring(0, 157) + "...";
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
