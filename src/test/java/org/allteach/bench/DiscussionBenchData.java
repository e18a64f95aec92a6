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
import java.util.HashSet;
import java.util.EnumMap;
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
import org.allteach.discussion.CategoryKind;
import org.allteach.discussion.NotificationLevel;
import org.allteach.discussion.Reaction;
import org.allteach.identity.Accounts;
import org.allteach.identity.ActingAs;
import org.allteach.identity.NewAccount;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The discussion data set of the issue: one collaborative with 50 teams, 2,000 people, 5,000 threads and 200,000
 * posts, one thread of 10,000 posts among them. The collaborative and its teams come from the services (so their
 * discussion spaces are provisioned as in production); the bulk goes in as multi-row INSERTs of a thousand rows, a
 * round trip and a parse per thousand rows. Everything is drawn from a fixed seed, so every run measures the same data.
 */
final class DiscussionBenchData {

    static final String PASSWORD = "correct-horse-battery-staple";
    static final int TEAMS = 50;
    static final int PEOPLE = 2_000;
    static final int THREADS = 5_000;
    static final int POSTS = 200_000;
    static final int LONG_THREAD_POSTS = 10_000;
    static final int SHORT_THREAD_POSTS = 10;
    /** Where the reader left off in the long and the short thread. */
    static final int LONG_THREAD_READ = 9_950;
    static final int SHORT_THREAD_READ = 4;

    private static final int ROWS_PER_INSERT = 1_000;
    private static final int ORGANISERS = 2;
    private static final int COACHES = 10;
    private static final int TEAMS_PER_COACH = TEAMS / COACHES;
    private static final int READER = ORGANISERS + COACHES + TEAMS; // the first plain participant of team 0
    /**
     * Threads per category of the collaborative's open space; the rest are spread over the team spaces. Few
     * announcements, as in life: their list is the small one the big list's statements are compared with.
     */
    private static final Map<CategoryKind, Integer> OPEN_SPACE_THREADS = new EnumMap<>(Map.of(
            CategoryKind.SUCCESSES, 1_500, CategoryKind.CHALLENGES, 1_100, CategoryKind.ASK_THE_FACULTY, 900,
            CategoryKind.DATA_AND_MEASURES, 492, CategoryKind.ANNOUNCEMENTS, 8));
    private static final int THREADS_PER_TEAM =
            (THREADS - OPEN_SPACE_THREADS.values().stream().mapToInt(Integer::intValue).sum()) / TEAMS;
    private static final List<CategoryKind> TEAM_CATEGORIES = List.of(CategoryKind.SUCCESSES, CategoryKind.CHALLENGES,
            CategoryKind.ASK_THE_FACULTY, CategoryKind.DATA_AND_MEASURES);

    private static final String[] FIRST_NAMES = {"Alex", "Amara", "Ana", "Ben", "Carmen", "Chen", "Dana", "Darnell",
            "Elena", "Emeka", "Fatima", "Gabriel", "Grace", "Hana", "Ibrahim", "Isabel", "Jamal", "Jin", "Kateri",
            "Kevin", "Lakshmi", "Leah", "Luis", "Maya", "Marcus", "Mei", "Miguel", "Nadia", "Nia", "Omar", "Priya",
            "Quinn", "Rosa", "Ruth", "Samuel", "Sofia", "Tariq", "Tomas", "Uma", "Victor", "Wen", "Xavier", "Yara",
            "Yusuf", "Zara", "Aiden", "Bianca", "Caleb", "Delia", "Eli"};
    private static final String[] LAST_NAMES = {"Rivera", "Nguyen", "Okafor", "Patel", "Johnson", "Kim", "Martinez",
            "Tran", "Williams", "Chen", "Garcia", "Begay", "Hughes", "Ali", "Lopez", "Brown", "Davis", "Silva",
            "Yamamoto", "Cohen", "Haddad", "Novak", "Osei", "Park", "Reyes", "Schmidt", "Singh", "Torres", "Walker",
            "Young", "Adeyemi", "Bell", "Castillo", "Diaz", "Evans", "Fischer", "Gomez", "Hassan", "Ito", "Jones"};
    private static final String[] CITIES = {"Albuquerque", "Anchorage", "Atlanta", "Austin", "Baltimore", "Birmingham",
            "Boise", "Boston", "Buffalo", "Charlotte", "Chicago", "Cincinnati", "Cleveland", "Columbus", "Dallas",
            "Denver", "Detroit", "El Paso", "Fresno", "Hartford", "Honolulu", "Houston", "Indianapolis", "Jackson",
            "Kansas City", "Las Vegas", "Little Rock", "Los Angeles", "Louisville", "Memphis", "Miami", "Milwaukee",
            "Minneapolis", "Nashville", "New Orleans", "Newark", "Oakland", "Oklahoma City", "Omaha", "Philadelphia",
            "Phoenix", "Pittsburgh", "Portland", "Providence", "Richmond", "Sacramento", "San Antonio", "Seattle",
            "Tucson", "Tulsa"};
    private static final String[] ZONES = {"America/New_York", "America/Chicago", "America/Denver",
            "America/Los_Angeles", "America/Phoenix", "America/Anchorage", "Pacific/Honolulu"};
    private static final String[] TOPICS = {"the huddle checklist", "BP cuff loans", "pre-visit planning",
            "REaL data collection", "no-show reminders", "team-based titration", "home BP monitoring",
            "community health worker referrals", "standing orders", "language-concordant education",
            "registry clean-up", "run chart annotations", "walk-in hours", "pharmacist follow-up calls",
            "the patient advisory council", "A1c point-of-care testing"};
    private static final String[] TITLES = {"How we started %s", "%s moved our measure", "Stuck on %s: ideas?",
            "Question about %s", "%s after three PDSA cycles", "Lessons from %s in a small clinic",
            "Data check: %s", "Scaling %s to a second site"};
    private static final String[] SENTENCES = {"We tried this for two weeks with one care team before spreading it.",
            "Our run chart shows six points above the median since we started.",
            "The front desk now hands out the cuff with a one-page guide in Spanish and Vietnamese.",
            "Has anyone stratified this by preferred language yet?",
            "Our coach suggested testing it on Tuesdays only, which made the PDSA much smaller.",
            "The community partner called every patient who missed a visit within two days.",
            "We saw no change in the first cycle, so we adapted the script and tested again.",
            "Data partner note: the registry pulls last recorded BP, not the average.",
            "Thanks for sharing, we will try the same with our evening clinic.",
            "What did you use as a balancing measure?",
            "Staff time went up by about ten minutes per session at first, then dropped.",
            "The REaL fields were blank for a third of our patients until intake asked directly.",
            "Patients liked getting a text the day before more than a call.",
            "We are adopting this change at our second site next month.",
            "Our team lead keeps a simple tally sheet at the nurses' station.",
            "Could you post the template you used?"};
    private static final String[] TAGS = {"pdsa", "bp-control", "real-data", "equity", "workflow", "chw", "registry",
            "patient-voice", "spread", "measures"};

    private final JdbcTemplate jdbc;
    private final Accounts accounts;
    private final ActingAs actingAs;
    private final Collaboratives collaboratives;
    private final Teams teams;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final Random random = new Random(20_260_501);

    DiscussionBenchData(JdbcTemplate jdbc, Accounts accounts, ActingAs actingAs, Collaboratives collaboratives,
                        Teams teams, PasswordEncoder passwordEncoder, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.actingAs = actingAs;
        this.collaboratives = collaboratives;
        this.teams = teams;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** What the bench measures: the open space's Successes (big) and Announcements (small), as one participant. */
    record Seeded(long readerId, long bigCategoryId, int bigCategoryThreads, long smallCategoryId,
                  int smallCategoryThreads, long longThreadId, long shortThreadId, Duration took) {
    }

    private record Plan(long id, long spaceId, long categoryId, String title, long[] authors, int posts,
                        Instant createdAt, Instant lastPostedAt, boolean pinned, boolean locked, boolean answerable) {
    }

    Seeded seed() {
        long started = System.nanoTime();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        long admin = accounts.createFirstAdministrator(new NewAccount("bench.admin@allteach.example",
                "Bench Administrator", ZoneOffset.UTC, Locale.US, PASSWORD)).id();
        long collaborative = actingAs.call(admin, () -> collaboratives.create(new CollaborativeDetails(
                "Hypertension Control Collaborative", "Blood pressure control", "The discussion benchmark's data.",
                LocalDate.now(clock).minusMonths(10), LocalDate.now(clock).plusMonths(8), CollaborativeStatus.ACTIVE))
                .id());
        List<Long> teamIds = actingAs.call(admin, () -> {
            List<Long> ids = new ArrayList<>();
            for (String city : CITIES) {
                long clinic = teams.addOrganisation(collaborative, city + " Community Health Center", Element.CLINIC,
                        city).id();
                ids.add(teams.addTeam(collaborative, city + " Partnership", List.of(clinic)).id());
            }
            return ids;
        });

        long[] people = insertPeople(now);
        insertMemberships(collaborative, teamIds, people, now);
        Map<Long, Map<CategoryKind, long[]>> categories = categoriesBySpace(collaborative);
        List<Plan> threads = planThreads(teamIds, people, categories, now);
        long[] firstPostIds = insertThreads(threads);
        insertPosts(threads, firstPostIds, people);
        Plan longThread = threads.get(0);
        Plan shortThread = threads.get(1);
        insertTags(threads);
        insertReadStates(threads, people, longThread, shortThread);
        insertSubscriptions(threads, people);
        jdbc.execute("ANALYZE TABLE person, membership, discussion_thread, discussion_thread_tag, discussion_post, "
                + "discussion_reaction, discussion_read_state, discussion_subscription");

        Map<CategoryKind, long[]> open = categories.get(0L);
        return new Seeded(people[READER], open.get(CategoryKind.SUCCESSES)[1],
                OPEN_SPACE_THREADS.get(CategoryKind.SUCCESSES), open.get(CategoryKind.ANNOUNCEMENTS)[1],
                OPEN_SPACE_THREADS.get(CategoryKind.ANNOUNCEMENTS), longThread.id(), shortThread.id(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** Person ids in seeding order: organisers, coaches, then team members (team = index mod 50). */
    private long[] insertPeople(Instant now) {
        String hash = passwordEncoder.encode(PASSWORD);
        try (MultiRowInsert rows = rows("person", "email", "display_name", "time_zone", "locale", "password_hash",
                "created_at", "updated_at")) {
            for (int i = 0; i < PEOPLE; i++) {
                String first = FIRST_NAMES[i % FIRST_NAMES.length];
                String last = LAST_NAMES[i / FIRST_NAMES.length];
                rows.add(email(i), first + " " + last, ZONES[i % ZONES.length], "en-US", hash, utc(now), utc(now));
            }
        }
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("SELECT id, email FROM person WHERE email LIKE '%@bench.allteach.example'",
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
        return (FIRST_NAMES[i % FIRST_NAMES.length] + "." + LAST_NAMES[i / FIRST_NAMES.length])
                .toLowerCase(Locale.ROOT) + "@bench.allteach.example";
    }

    private void insertMemberships(long collaborative, List<Long> teamIds, long[] people, Instant now) {
        try (MultiRowInsert rows = rows("membership", "person_id", "collaborative_id", "team_id", "role",
                "created_at")) {
            for (int i = 0; i < ORGANISERS; i++) {
                rows.add(people[i], collaborative, new SqlParameterValue(Types.BIGINT, null), "ORGANISER", utc(now));
            }
            for (int coach = 0; coach < COACHES; coach++) {
                for (int t = 0; t < TEAMS_PER_COACH; t++) {
                    rows.add(people[ORGANISERS + coach], collaborative, teamIds.get(coach * TEAMS_PER_COACH + t),
                            "COACH", utc(now));
                }
            }
            for (int i = ORGANISERS + COACHES; i < PEOPLE; i++) {
                int member = i - ORGANISERS - COACHES;
                rows.add(people[i], collaborative, teamIds.get(member % TEAMS),
                        member < TEAMS ? "TEAM_LEAD" : "PARTICIPANT", utc(now));
            }
        }
    }

    /** Team id (0 for the collaborative's open space) → category kind → {space id, category id}. */
    private Map<Long, Map<CategoryKind, long[]>> categoriesBySpace(long collaborative) {
        Map<Long, Map<CategoryKind, long[]>> byScope = new HashMap<>();
        jdbc.query("""
                        SELECT s.id AS space_id, COALESCE(s.team_id, 0) AS scope, c.id AS category_id, c.kind
                        FROM discussion_space s JOIN discussion_category c ON c.space_id = s.id
                        WHERE s.collaborative_id = ?""",
                rs -> {
                    byScope.computeIfAbsent(rs.getLong("scope"), scope -> new HashMap<>()).put(
                            CategoryKind.valueOf(rs.getString("kind")),
                            new long[]{rs.getLong("space_id"), rs.getLong("category_id")});
                }, collaborative);
        return byScope;
    }

    /**
     * The long and the short thread first (in the big category, recently active), then the rest of the open space's
     * categories, then 20 threads per team space. Post counts add up to exactly 200,000. Three threads of the big
     * category are pinned; announcements are started by organisers and coaches.
     */
    private List<Plan> planThreads(List<Long> teamIds, long[] people, Map<Long, Map<CategoryKind, long[]>> categories,
                                   Instant now) {
        long firstId = nextId("discussion_thread");
        long[] moderators = Arrays.copyOfRange(people, 0, ORGANISERS + COACHES);
        Map<CategoryKind, long[]> open = categories.get(0L);
        List<long[]> places = new ArrayList<>();    // {space, category, kind, team or -1 for the open space}
        OPEN_SPACE_THREADS.forEach((kind, count) -> {
            for (int i = 0; i < count; i++) {
                places.add(new long[]{open.get(kind)[0], open.get(kind)[1], kind.ordinal(), -1});
            }
        });
        for (int team = 0; team < TEAMS; team++) {
            for (int i = 0; i < THREADS_PER_TEAM; i++) {
                CategoryKind kind = TEAM_CATEGORIES.get(i % TEAM_CATEGORIES.size());
                long[] category = categories.get(teamIds.get(team)).get(kind);
                places.add(new long[]{category[0], category[1], kind.ordinal(), team});
            }
        }
        int[] posts = postCounts(places.size());
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            long[] place = places.get(i);
            CategoryKind kind = CategoryKind.values()[(int) place[2]];
            long[] authors = kind == CategoryKind.ANNOUNCEMENTS ? moderators
                    : place[3] < 0 ? people : teamPool(people, (int) place[3]);
            Instant created = i == 0 ? now.minus(Duration.ofDays(300))
                    : now.minusSeconds(3_600 + random.nextLong(Duration.ofDays(365).toSeconds()));
            Instant last = i == 0 ? now.minus(Duration.ofHours(2))
                    : posts[i] == 1 ? created
                    : created.plusSeconds(random.nextLong(Duration.between(created, now).toSeconds()));
            plans.add(new Plan(firstId + i, place[0], place[1], title(i), authors, posts[i], created, last,
                    i >= 2 && i < 5, random.nextInt(200) == 0, kind.answerable()));
        }
        return plans;
    }

    private static long[] teamPool(long[] people, int team) {
        List<Long> pool = new ArrayList<>();
        pool.add(people[ORGANISERS + team / TEAMS_PER_COACH]);
        for (int i = ORGANISERS + COACHES + team; i < PEOPLE; i += TEAMS) {
            pool.add(people[i]);
        }
        return pool.stream().mapToLong(Long::longValue).toArray();
    }

    /** 10,000 and 10 for the long and short thread, 1..75 for the others, nudged until they add up to 200,000. */
    private int[] postCounts(int threads) {
        int[] posts = new int[threads];
        posts[0] = LONG_THREAD_POSTS;
        posts[1] = SHORT_THREAD_POSTS;
        long total = LONG_THREAD_POSTS + SHORT_THREAD_POSTS;
        for (int i = 2; i < threads; i++) {
            posts[i] = 1 + random.nextInt(75);
            total += posts[i];
        }
        for (int i = 2; total != POSTS; i = i + 1 == threads ? 2 : i + 1) {
            int step = total < POSTS ? 1 : -1;
            if (posts[i] + step >= 1) {
                posts[i] += step;
                total += step;
            }
        }
        return posts;
    }

    private String title(int i) {
        if (i == 0) {
            return "Share your weekly BP-control numbers here (the long-running thread)";
        }
        if (i == 1) {
            return "Welcome, new teams: introduce yourselves";
        }
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        String title = TITLES[random.nextInt(TITLES.length)].formatted(topic);
        return Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }

    /** Inserts the threads with their final counters; returns each thread's first post id (ids are assigned here). */
    private long[] insertThreads(List<Plan> threads) {
        long[] firstPostIds = new long[threads.size()];
        long nextPost = nextId("discussion_post");
        try (MultiRowInsert rows = rows("discussion_thread", "id", "space_id", "category_id", "title", "author_id",
                "created_at", "last_posted_at", "last_poster_id", "post_count", "pinned", "locked",
                "solution_post_id")) {
            for (int i = 0; i < threads.size(); i++) {
                Plan t = threads.get(i);
                firstPostIds[i] = nextPost;
                nextPost += t.posts();
                Long solution = t.answerable() && t.posts() > 1 && random.nextInt(5) < 2 ? firstPostIds[i] + 1 : null;
                rows.add(t.id(), t.spaceId(), t.categoryId(), t.title(), author(t, 1), utc(t.createdAt()),
                        utc(t.lastPostedAt()), author(t, t.posts()), t.posts(), t.pinned(), t.locked(),
                        new SqlParameterValue(Types.BIGINT, solution));
            }
        }
        return firstPostIds;
    }

    /** Post authors cycle through the thread's pool from a thread-specific start, so threads are conversations. */
    private static long author(Plan thread, int number) {
        long[] pool = thread.authors();
        return pool[(int) ((thread.id() * 7 + number * 13L) % pool.length)];
    }

    /** Posts with rendered HTML beside the Markdown, a few replies-to, edits and withdrawals, and reactions. */
    private void insertPosts(List<Plan> threads, long[] firstPostIds, long[] people) {
        Reaction[] reactions = Reaction.values();
        try (MultiRowInsert posts = rows("discussion_post", "id", "thread_id", "number", "author_id", "body",
                "body_html", "reply_to_number", "created_at", "edited_at", "edit_count", "withdrawn_at",
                "withdrawn_by");
             MultiRowInsert reacted = rows("discussion_reaction", "post_id", "person_id", "reaction", "created_at")
                     .referencing(posts)) {
            for (int t = 0; t < threads.size(); t++) {
                Plan thread = threads.get(t);
                long span = Duration.between(thread.createdAt(), thread.lastPostedAt()).toSeconds();
                for (int number = 1; number <= thread.posts(); number++) {
                    long id = firstPostIds[t] + number - 1;
                    long author = author(thread, number);
                    Instant created = thread.createdAt().plusSeconds(
                            thread.posts() == 1 ? 0 : span * (number - 1) / (thread.posts() - 1));
                    String body = body();
                    Integer replyTo = number > 2 && random.nextInt(5) == 0 ? 1 + random.nextInt(number - 1) : null;
                    boolean edited = random.nextInt(20) == 0;
                    boolean withdrawn = random.nextInt(500) == 0;
                    posts.add(id, thread.id(), number, author, body, "<p>" + body + "</p>",
                            new SqlParameterValue(Types.INTEGER, replyTo), utc(created),
                            new SqlParameterValue(Types.TIMESTAMP, edited ? utc(created.plusSeconds(600)) : null),
                            edited ? 1 : 0,
                            new SqlParameterValue(Types.TIMESTAMP, withdrawn ? utc(created.plusSeconds(900)) : null),
                            new SqlParameterValue(Types.BIGINT, withdrawn ? author : null));
                    if (random.nextInt(4) == 0) {
                        Set<Long> reactors = new HashSet<>();
                        int count = 1 + random.nextInt(4);
                        while (reactors.size() < count) {
                            reactors.add(thread.authors()[random.nextInt(thread.authors().length)]);
                        }
                        for (long reactor : reactors) {
                            reacted.add(id, reactor, reactions[random.nextInt(reactions.length)].name(),
                                    utc(created.plusSeconds(60 + random.nextInt(86_400))));
                        }
                    }
                }
            }
        }
    }

    private String body() {
        StringBuilder body = new StringBuilder();
        int sentences = 1 + random.nextInt(4);
        for (int i = 0; i < sentences; i++) {
            body.append(i == 0 ? "" : " ").append(SENTENCES[random.nextInt(SENTENCES.length)]);
        }
        return body.toString();
    }

    private void insertTags(List<Plan> threads) {
        try (MultiRowInsert rows = rows("discussion_thread_tag", "thread_id", "tag")) {
            for (Plan thread : threads) {
                if (random.nextInt(3) == 0) {
                    int first = random.nextInt(TAGS.length);
                    rows.add(thread.id(), TAGS[first]);
                    if (random.nextBoolean()) {
                        rows.add(thread.id(), TAGS[(first + 1 + random.nextInt(TAGS.length - 1)) % TAGS.length]);
                    }
                }
            }
        }
    }

    /**
     * The reader has opened most threads of the big category, some read to the end and some not, and stopped at post
     * 9,950 of the long thread and 4 of the short one. Everyone else has read about 20 threads of their spaces.
     */
    private void insertReadStates(List<Plan> threads, long[] people, Plan longThread, Plan shortThread) {
        long reader = people[READER];
        try (MultiRowInsert rows = rows("discussion_read_state", "person_id", "thread_id", "last_read_number")) {
            rows.add(reader, longThread.id(), LONG_THREAD_READ);
            rows.add(reader, shortThread.id(), SHORT_THREAD_READ);
            for (Plan thread : threads.subList(2, threads.size())) {
                if (thread.categoryId() == longThread.categoryId() && random.nextInt(10) < 6) {
                    rows.add(reader, thread.id(), random.nextBoolean() ? thread.posts()
                            : 1 + random.nextInt(thread.posts()));
                }
            }
            for (long person : people) {
                if (person == reader) {
                    continue;
                }
                Set<Long> read = new HashSet<>();
                while (read.size() < 20) {
                    Plan thread = threads.get(random.nextInt(threads.size()));
                    if (Arrays.stream(thread.authors()).anyMatch(author -> author == person) && read.add(thread.id())) {
                        rows.add(person, thread.id(), 1 + random.nextInt(thread.posts()));
                    }
                }
            }
        }
    }

    /** The reader watches ten threads of the big category and mutes three; others watch a few threads each. */
    private void insertSubscriptions(List<Plan> threads, long[] people) {
        long reader = people[READER];
        long bigCategory = threads.get(0).categoryId();
        List<Plan> big = threads.stream().filter(thread -> thread.categoryId() == bigCategory).toList();
        try (MultiRowInsert rows = rows("discussion_subscription", "person_id", "thread_id", "level")) {
            for (int i = 0; i < 13; i++) {
                rows.add(reader, big.get(2 + i * 37).id(),
                        (i < 10 ? NotificationLevel.WATCHING : NotificationLevel.MUTED).name());
            }
            for (long person : people) {
                if (person == reader) {
                    continue;
                }
                Set<Long> watched = new HashSet<>();
                for (int i = 0; i < 3; i++) {
                    Plan thread = threads.get(random.nextInt(threads.size()));
                    if (watched.add(thread.id())) {
                        rows.add(person, thread.id(), NotificationLevel.WATCHING.name());
                    }
                }
            }
        }
    }

    private long nextId(String table) {
        return jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table, Long.class);
    }

    /** DATETIME columns hold UTC. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private MultiRowInsert rows(String table, String... columns) {
        return new MultiRowInsert(jdbc, ROWS_PER_INSERT, table, columns);
    }
}
