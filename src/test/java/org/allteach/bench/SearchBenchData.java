package org.allteach.bench;

import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.allteach.collaborative.CollaborativeDetails;
import org.allteach.collaborative.CollaborativeStatus;
import org.allteach.collaborative.Collaboratives;
import org.allteach.collaborative.Element;
import org.allteach.collaborative.Teams;
import org.allteach.identity.Accounts;
import org.allteach.identity.ActingAs;
import org.allteach.identity.NewAccount;
import org.allteach.library.ResourceKind;
import org.allteach.library.TextStatus;
import org.allteach.library.Visibility;
import org.allteach.search.SearchDocument;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * The search data set of the issue: 100,000 documents in three collaboratives of eight teams each. 30,000 library
 * resources of six kinds, with focus areas, tags, years and all three visibilities; all but the recordings have a PDF
 * whose text (2 to 4 pages, about 6 to 12 KB) was "extracted", a fifth of them a second version whose text replaced a
 * one-page first. 70,000 discussion threads of 1 to 5 posts in the collaboratives' open spaces and the team spaces.
 * Text comes from {@link QiText}. The collaboratives and teams come from the services (so their discussion spaces are
 * provisioned as in production); the bulk goes in as multi-row INSERTs. Everything is drawn from a fixed seed.
 */
final class SearchBenchData {

    static final int COLLABORATIVES = 3;
    static final int TEAMS_PER_COLLABORATIVE = 8;
    static final int PEOPLE = 400;
    static final int RESOURCES = 30_000;
    static final int THREADS = 70_000;
    static final List<String> FOCUS_AREAS = List.of("Hypertension control", "Diabetes care",
            "Colorectal cancer screening", "Depression screening", "Health equity", "Access and no-shows",
            "Tobacco cessation", "Cardiovascular risk", "Care coordination");
    static final int FIRST_YEAR = 2012;
    static final int LAST_YEAR = 2026;

    private static final String PASSWORD = "correct-horse-battery-staple";
    private static final long SEED = 20_261_115;
    private static final String[] COLLABORATIVE_NAMES = {"Hypertension Control Collaborative",
            "Diabetes Care Collaborative", "Cancer Screening Collaborative"};
    private static final String[] CITIES = {"Albuquerque", "Anchorage", "Atlanta", "Austin", "Baltimore", "Boise",
            "Boston", "Buffalo", "Charlotte", "Chicago", "Cleveland", "Denver", "Detroit", "El Paso", "Fresno",
            "Hartford", "Honolulu", "Houston", "Jackson", "Memphis", "Miami", "Oakland", "Omaha", "Tucson"};
    private static final String[] TAGS = {"pdsa", "bp-control", "real-data", "equity", "workflow", "chw", "registry",
            "patient-voice", "spread", "measures", "outreach", "screening", "pharmacy", "language-access", "telehealth",
            "huddles", "templates", "leadership", "sustainability", "data-quality"};
    /** Out of 100: toolkits, change packages, storyboards, papers, tools, recordings. */
    private static final int[] KIND_SHARES = {15, 10, 25, 20, 20, 10};
    private static final int[] POSTS_PER_THREAD_SHARES = {30, 25, 20, 15, 10};
    private static final int TEXT_ROWS_PER_INSERT = 100;
    private static final int ROWS_PER_INSERT = 1_000;

    private final JdbcTemplate jdbc;
    private final Accounts accounts;
    private final ActingAs actingAs;
    private final Collaboratives collaboratives;
    private final Teams teams;
    private final Clock clock;
    private final Random random = new Random(SEED);
    private final QiText text = new QiText(SEED);

    SearchBenchData(JdbcTemplate jdbc, Accounts accounts, ActingAs actingAs, Collaboratives collaboratives,
                    Teams teams, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.actingAs = actingAs;
        this.collaboratives = collaboratives;
        this.teams = teams;
        this.clock = clock;
    }

    /**
     * @param audiences     what the bench's participant may read: the portal, their collaborative and their team
     * @param documents     what the index must hold: resources not deleted, and threads
     * @param fileTextChars characters of the latest versions' extracted text
     * @param postChars     characters of the visible posts
     */
    record Seeded(QiText text, List<String> audiences, long resources, long resourcesWithText, long versions,
                  long threads, long posts, long documents, long fileTextChars, long postChars, Duration took) {
    }

    private record Place(long collaborativeId, Long teamId) {
    }

    private record Space(long id, long collaborativeId, Long teamId, List<Long> categoryIds) {
    }

    Seeded seed() {
        long started = System.nanoTime();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        long admin = accounts.createFirstAdministrator(new NewAccount("search.bench.admin@allteach.example",
                "Bench Administrator", ZoneOffset.UTC, Locale.US, PASSWORD)).id();
        List<Place> places = new ArrayList<>(); // each collaborative, followed by its teams
        actingAs.run(admin, () -> {
            for (int c = 0; c < COLLABORATIVES; c++) {
                long collaborative = collaboratives.create(new CollaborativeDetails(COLLABORATIVE_NAMES[c],
                        FOCUS_AREAS.get(c), "The search benchmark's data.", LocalDate.now(clock).minusYears(2),
                        LocalDate.now(clock).plusMonths(8), CollaborativeStatus.ACTIVE)).id();
                places.add(new Place(collaborative, null));
                for (int t = 0; t < TEAMS_PER_COLLABORATIVE; t++) {
                    String city = CITIES[c * TEAMS_PER_COLLABORATIVE + t];
                    long clinic = teams.addOrganisation(collaborative, city + " Community Health Center",
                            Element.CLINIC, city).id();
                    places.add(new Place(collaborative, teams.addTeam(collaborative, city + " Partnership",
                            List.of(clinic)).id()));
                }
            }
        });
        long[] people = insertPeople(now);

        long[] resources = insertResources(places, people, now);
        long[] texts = insertVersions();
        List<Space> spaces = spaces();
        long[] threads = insertThreads(spaces, people, now);
        jdbc.execute("ANALYZE TABLE library_resource, library_resource_tag, library_version, library_version_text, "
                + "discussion_thread, discussion_thread_tag, discussion_post");

        Place participant = places.get(1); // the first team of the first collaborative
        List<String> audiences = List.of(SearchDocument.PORTAL,
                SearchDocument.collaborative(participant.collaborativeId()), SearchDocument.team(participant.teamId()));
        long liveResources = count("SELECT COUNT(*) FROM library_resource WHERE deleted_at IS NULL");
        long postChars = count("""
                SELECT COALESCE(SUM(CHAR_LENGTH(body)), 0) FROM discussion_post
                WHERE withdrawn_at IS NULL AND hidden_at IS NULL""");
        return new Seeded(text, audiences, resources[0], resources[1], texts[0], threads[0], threads[1],
                liveResources + threads[0], texts[1], postChars, Duration.ofNanos(System.nanoTime() - started));
    }

    private long[] insertPeople(Instant now) {
        try (MultiRowInsert rows = rows("person", "email", "display_name", "time_zone", "locale", "created_at",
                "updated_at")) {
            for (int i = 0; i < PEOPLE; i++) {
                rows.add(email(i), "Bench Person " + i, "America/Chicago", "en-US", utc(now), utc(now));
            }
        }
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("SELECT id, email FROM person WHERE email LIKE 'search.bench.person.%'",
                rs -> {
                    ids.put(rs.getString("email"), rs.getLong("id"));
                });
        long[] people = new long[PEOPLE];
        for (int i = 0; i < PEOPLE; i++) {
            people[i] = ids.get(email(i));
        }
        return people;
    }

    private static String email(int i) {
        return "search.bench.person." + i + "@allteach.example";
    }

    /**
     * One resource in a hundred is deleted (never found).
     *
     * @return {resources, of which with a file}
     */
    private long[] insertResources(List<Place> places, long[] people, Instant now) {
        long firstId = nextId("library_resource");
        long withFile = 0;
        ResourceKind[] kinds = ResourceKind.values();
        try (MultiRowInsert rows = new MultiRowInsert(jdbc, 500, "library_resource", "id", "kind", "title",
                "summary", "summary_html", "focus_area", "licence", "year", "link", "collaborative_id", "visibility",
                "team_id", "created_by", "created_at", "updated_at", "deleted_at");
             MultiRowInsert tags = rows("library_resource_tag", "resource_id", "tag").referencing(rows)) {
            for (int i = 0; i < RESOURCES; i++) {
                long id = firstId + i;
                ResourceKind kind = kinds[pick(KIND_SHARES)];
                withFile += kind == ResourceKind.RECORDING ? 0 : 1;
                Place collaborative = places.get(random.nextInt(COLLABORATIVES) * (TEAMS_PER_COLLABORATIVE + 1));
                int share = random.nextInt(10);
                Visibility visibility = share < 3 ? Visibility.PORTAL : share < 8 ? Visibility.COLLABORATIVE
                        : Visibility.TEAM;
                Long team = visibility == Visibility.TEAM ? places.get(places.indexOf(collaborative) + 1
                        + random.nextInt(TEAMS_PER_COLLABORATIVE)).teamId() : null;
                Instant created = now.minusSeconds(3_600 + random.nextLong(Duration.ofDays(5 * 365).toSeconds()));
                Instant updated = created.plusSeconds(random.nextLong(Duration.between(created, now).toSeconds()));
                String summary = text.summary();
                rows.add(id, kind.name(), text.title(kind), summary, "<p>" + summary + "</p>",
                        random.nextInt(10) == 0 ? null : FOCUS_AREAS.get(random.nextInt(FOCUS_AREAS.size())),
                        random.nextInt(3) == 0 ? "CC BY 4.0" : null,
                        new SqlParameterValue(Types.INTEGER, year()),
                        kind == ResourceKind.RECORDING ? "https://example.org/webinars/" + id : null,
                        collaborative.collaborativeId(), visibility.name(), new SqlParameterValue(Types.BIGINT, team),
                        people[random.nextInt(PEOPLE)], utc(created), utc(updated),
                        new SqlParameterValue(Types.TIMESTAMP, random.nextInt(100) == 0 ? utc(updated) : null));
                Set<String> chosen = new LinkedHashSet<>();
                for (int t = random.nextInt(4); t > 0; t--) {
                    chosen.add(TAGS[random.nextInt(TAGS.length)]);
                }
                chosen.forEach(tag -> tags.add(id, tag));
            }
        }
        return new long[]{RESOURCES, withFile};
    }

    /** Publication years: mostly recent, some unknown (then the index uses the year it was added). */
    private Integer year() {
        if (random.nextInt(100) < 15) {
            return null;
        }
        int back = (int) Math.min(LAST_YEAR - FIRST_YEAR, Math.floor(-Math.log(1 - random.nextDouble()) * 3));
        return LAST_YEAR - back;
    }

    /**
     * A PDF per resource that is not a recording, its text read: one version, or (one in five) a one-page first
     * version replaced by a longer second. The stored files' bytes are not written; nothing in the bench opens them.
     *
     * @return {versions, characters of the latest versions' texts}
     */
    private long[] insertVersions() {
        long fileId = nextId("stored_file");
        long versionId = nextId("library_version");
        long versions = 0;
        long latestChars = 0;
        HexFormat hex = HexFormat.of();
        List<Object[]> resourceRows = jdbc.query("SELECT id, kind, created_by, created_at FROM library_resource "
                        + "ORDER BY id",
                (rs, n) -> new Object[]{rs.getLong("id"), rs.getString("kind"), rs.getLong("created_by"),
                        rs.getObject("created_at", LocalDateTime.class)});
        try (MultiRowInsert files = rows("stored_file", "id", "storage_key", "display_name", "media_type",
                "size_bytes", "sha256", "uploaded_by", "uploaded_at");
             MultiRowInsert versionRows = rows("library_version", "id", "resource_id", "number", "file_id", "note",
                     "uploaded_by", "uploaded_at", "text_status", "text_chars").referencing(files);
             MultiRowInsert texts = new MultiRowInsert(jdbc, TEXT_ROWS_PER_INSERT, "library_version_text",
                     "version_id", "text").referencing(versionRows)) {
            for (Object[] resource : resourceRows) {
                if (ResourceKind.valueOf((String) resource[1]) == ResourceKind.RECORDING) {
                    continue;
                }
                long uploader = (long) resource[2];
                LocalDateTime uploaded = (LocalDateTime) resource[3];
                int count = random.nextInt(5) == 0 ? 2 : 1;
                for (int number = 1; number <= count; number++) {
                    String content = text.pages(number < count ? 1 : 2 + random.nextInt(3));
                    byte[] key = new byte[16];
                    random.nextBytes(key);
                    byte[] sha = new byte[32];
                    random.nextBytes(sha);
                    files.add(fileId, hex.formatHex(key), "resource-" + resource[0] + "-v" + number + ".pdf",
                            "application/pdf", 20_000L + content.length() * 3L, hex.formatHex(sha), uploader,
                            uploaded);
                    versionRows.add(versionId, resource[0], number, fileId, number > 1 ? "Updated figures" : null,
                            uploader, uploaded, TextStatus.EXTRACTED.name(), content.length());
                    texts.add(versionId, content);
                    if (number == count) {
                        latestChars += content.length();
                    }
                    uploaded = uploaded.plusDays(30);
                    fileId++;
                    versionId++;
                    versions++;
                }
            }
        }
        return new long[]{versions, latestChars};
    }

    /** The discussion spaces of the collaboratives and teams, with their categories other than announcements. */
    private List<Space> spaces() {
        Map<Long, Space> spaces = new LinkedHashMap<>();
        jdbc.query("""
                        SELECT s.id, s.collaborative_id, s.team_id, c.id AS category_id
                        FROM discussion_space s JOIN discussion_category c ON c.space_id = s.id
                        WHERE s.collaborative_id IS NOT NULL AND c.kind <> 'ANNOUNCEMENTS'
                        ORDER BY s.id, c.id""",
                rs -> {
                    Space space = spaces.get(rs.getLong("id"));
                    if (space == null) {
                        space = new Space(rs.getLong("id"), rs.getLong("collaborative_id"),
                                rs.getObject("team_id", Long.class), new ArrayList<>());
                        spaces.put(space.id(), space);
                    }
                    space.categoryIds().add(rs.getLong("category_id"));
                });
        return List.copyOf(spaces.values());
    }

    /**
     * Three threads in five in a collaborative's open space, the rest in team spaces; one post in two hundred
     * withdrawn, one in five hundred hidden by a moderator (neither is searched).
     *
     * @return {threads, posts}
     */
    private long[] insertThreads(List<Space> spaces, long[] people, Instant now) {
        List<Space> open = spaces.stream().filter(space -> space.teamId() == null).toList();
        List<Space> teamSpaces = spaces.stream().filter(space -> space.teamId() != null).toList();
        long threadId = nextId("discussion_thread");
        long postId = nextId("discussion_post");
        long posts = 0;
        try (MultiRowInsert threadRows = rows("discussion_thread", "id", "space_id", "category_id", "title",
                "author_id", "created_at", "last_posted_at", "last_poster_id", "post_count");
             MultiRowInsert postRows = rows("discussion_post", "id", "thread_id", "number", "author_id", "body",
                     "body_html", "created_at", "withdrawn_at", "withdrawn_by", "hidden_at")
                     .referencing(threadRows);
             MultiRowInsert tags = rows("discussion_thread_tag", "thread_id", "tag").referencing(threadRows)) {
            for (int i = 0; i < THREADS; i++, threadId++) {
                List<Space> from = random.nextInt(5) < 3 ? open : teamSpaces;
                Space space = from.get(random.nextInt(from.size()));
                int count = 1 + pick(POSTS_PER_THREAD_SHARES);
                Instant created = now.minusSeconds(3_600 + random.nextLong(Duration.ofDays(3 * 365).toSeconds()));
                long[] authors = new long[count];
                Instant[] times = new Instant[count];
                for (int n = 0; n < count; n++) {
                    authors[n] = people[random.nextInt(PEOPLE)];
                    times[n] = n == 0 ? created
                            : min(now, times[n - 1].plusSeconds(600 + random.nextInt(3 * 86_400)));
                }
                threadRows.add(threadId, space.id(), space.categoryIds().get(random.nextInt(space.categoryIds()
                        .size())), text.threadTitle(), authors[0], utc(created), utc(times[count - 1]),
                        authors[count - 1], count);
                for (int n = 0; n < count; n++, postId++, posts++) {
                    String body = text.post();
                    boolean withdrawn = random.nextInt(200) == 0;
                    boolean hidden = !withdrawn && random.nextInt(500) == 0;
                    postRows.add(postId, threadId, n + 1, authors[n], body, "<p>" + body + "</p>", utc(times[n]),
                            new SqlParameterValue(Types.TIMESTAMP, withdrawn ? utc(times[n].plusSeconds(60)) : null),
                            new SqlParameterValue(Types.BIGINT, withdrawn ? authors[n] : null),
                            new SqlParameterValue(Types.TIMESTAMP, hidden ? utc(times[n].plusSeconds(90)) : null));
                }
                if (random.nextInt(3) == 0) {
                    int first = random.nextInt(TAGS.length);
                    tags.add(threadId, TAGS[first]);
                    if (random.nextBoolean()) {
                        tags.add(threadId, TAGS[(first + 1 + random.nextInt(TAGS.length - 1)) % TAGS.length]);
                    }
                }
            }
        }
        return new long[]{THREADS, posts};
    }

    /** An index drawn with the given shares (out of their sum). */
    private int pick(int[] shares) {
        int point = random.nextInt(Arrays.stream(shares).sum());
        for (int i = 0; i < shares.length; i++) {
            point -= shares[i];
            if (point < 0) {
                return i;
            }
        }
        throw new IllegalStateException();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private long nextId(String table) {
        return count("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** DATETIME columns hold UTC. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private MultiRowInsert rows(String table, String... columns) {
        return new MultiRowInsert(jdbc, ROWS_PER_INSERT, table, columns);
    }
}
