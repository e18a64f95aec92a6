package org.allteach.engagement;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Rows the dashboard counts, written straight into the tables (as the benchmarks seed theirs), so a test can set
 * exactly when each post, session, value, cycle, call and claim happened, months back, without moving the clock.
 * Used by the dashboard's tests and by {@code EngagementBench}.
 */
public class EngagementRows {

    private final JdbcTemplate jdbc;
    private final Map<Long, Long> threadOfSpace = new HashMap<>();
    private final Map<Long, Integer> lastPostNumber = new HashMap<>();

    public EngagementRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A post by this person in the team's space, or in the collaborative's open space when {@code teamId} is null. */
    public void post(long collaborativeId, Long teamId, long authorId, Instant at) {
        long thread = threadOfSpace.computeIfAbsent(space(collaborativeId, teamId), space -> thread(space, authorId,
                at));
        int number = lastPostNumber.merge(thread, 1, Integer::sum);
        jdbc.update("INSERT INTO discussion_post (thread_id, number, author_id, body, body_html, created_at)"
                + " VALUES (?, ?, ?, 'Update from the team', '<p>Update from the team</p>', ?)", thread, number,
                authorId, ts(at));
    }

    /** A direct message from one person to another in a conversation of the collaborative. */
    public void message(long collaborativeId, long senderId, long recipientId, Instant at) {
        long conversation = insert("INSERT INTO conversation (context, collaborative_id, started_by, created_at)"
                + " VALUES ('COLLABORATIVE', ?, ?, ?)", collaborativeId, senderId, ts(at));
        for (long person : new long[] {senderId, recipientId}) {
            jdbc.update("INSERT INTO conversation_participant (conversation_id, person_id, joined_at, last_activity_at)"
                    + " VALUES (?, ?, ?, ?)", conversation, person, ts(at), ts(at));
        }
        jdbc.update("INSERT INTO conversation_message (conversation_id, sender_id, kind, body, created_at)"
                + " VALUES (?, ?, 'MESSAGE', 'Can we talk about our data?', ?)", conversation, senderId, ts(at));
    }

    /** An event of the collaborative: for everyone, or for one team when {@code teamId} is given. */
    public long event(long collaborativeId, Long teamId, String kind, Instant start, long hostId, boolean cancelled) {
        long id = insert("INSERT INTO calendar_event (collaborative_id, kind, title, description_html, start_at, end_at,"
                        + " time_zone, audience, host_id, created_by, created_at, updated_at, cancelled_at)"
                        + " VALUES (?, ?, ?, '', ?, ?, 'UTC', ?, ?, ?, ?, ?, ?)", collaborativeId, kind, kind + " "
                        + start, ts(start), ts(start.plusSeconds(3600)), teamId == null ? "COLLABORATIVE" : "TEAMS",
                hostId, hostId, ts(start), ts(start), cancelled ? ts(start) : null);
        if (teamId != null) {
            jdbc.update("INSERT INTO calendar_event_team (event_id, team_id) VALUES (?, ?)", id, teamId);
        }
        return id;
    }

    public void attended(long eventId, long personId, long recordedBy) {
        jdbc.update("INSERT INTO calendar_attendance (event_id, person_id, minutes, source, recorded_by, recorded_at)"
                + " VALUES (?, ?, 60, 'MARKED', ?, UTC_TIMESTAMP(6))", eventId, personId, recordedBy);
    }

    /** A proportion measure of the collaborative, reported by these teams. */
    public long measure(long collaborativeId, long creatorId, long... teamIds) {
        long id = insert("INSERT INTO measure_definition (collaborative_id, name, measure_type, kind,"
                + " operational_definition, direction, created_by, created_at, updated_at)"
                + " VALUES (?, ?, 'OUTCOME', 'PROPORTION', 'Patients whose blood pressure is controlled.', 'UP', ?,"
                + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", collaborativeId, "BP control " + UUID.randomUUID(), creatorId);
        for (long team : teamIds) {
            jdbc.update("INSERT INTO measure_team (measure_id, team_id) VALUES (?, ?)", id, team);
        }
        return id;
    }

    /** A team's total for a month, recorded at the given moment. */
    public void value(long measureId, long teamId, YearMonth month, Instant recordedAt, long recordedBy) {
        jdbc.update("INSERT INTO measure_value (measure_id, team_id, month, numerator, denominator, recorded_by,"
                + " recorded_at, first_recorded_at) VALUES (?, ?, ?, 60, 100, ?, ?, ?)", measureId, teamId,
                month.atDay(1), recordedBy, ts(recordedAt), ts(recordedAt));
    }

    /** A PDSA cycle in PLANNED, IN_PROGRESS or COMPLETED, last changed at the given moment. */
    public void cycle(long teamId, int number, String status, long creatorId, Instant changedAt) {
        jdbc.update("INSERT INTO pdsa_cycle (team_id, number, title, objective, status, started_on, completed_on,"
                + " created_by, created_at, updated_at) VALUES (?, ?, ?, 'Test a change', ?, ?, ?, ?, ?, ?)",
                teamId, number, "PDSA " + number, status, status.equals("PLANNED") ? null : ts(changedAt),
                status.equals("COMPLETED") ? ts(changedAt) : null, creatorId, ts(changedAt), ts(changedAt));
    }

    /** A half-hour coaching call of the team, confirmed or cancelled. */
    public void call(long collaborativeId, long teamId, long coachId, long participantId, Instant start,
                     boolean cancelled) {
        jdbc.update("INSERT INTO coaching_booking (uid, coach_id, participant_id, collaborative_id, team_id, starts_at,"
                + " ends_at, status, agenda, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)",
                UUID.randomUUID().toString(), coachId, participantId, collaborativeId, teamId, ts(start),
                ts(start.plusSeconds(1800)), cancelled ? "CANCELLED" : "CONFIRMED", ts(start), ts(start));
    }

    /** A CE activity of the collaborative, linked to one of its events. */
    public long activity(long collaborativeId, long eventId, long creatorId) {
        return insert("INSERT INTO credit_activity (collaborative_id, title, link_kind, event_id, provider,"
                + " accreditation_statement, designation_statement, disclosures, claim_window_days, created_by,"
                + " created_at, updated_at) VALUES (?, 'Learning session', 'EVENT', ?, 'QI Network', '', '', '', 60, ?,"
                + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", collaborativeId, eventId, creatorId);
    }

    public void claim(long activityId, long personId, String creditType, Instant at) {
        jdbc.update("INSERT INTO credit_claim (activity_id, person_id, credit_type, hours, claimed_at)"
                + " VALUES (?, ?, ?, 1.5, ?)", activityId, personId, creditType, ts(at));
    }

    private long space(long collaborativeId, Long teamId) {
        return teamId == null
                ? jdbc.queryForObject("SELECT id FROM discussion_space WHERE kind = 'COLLABORATIVE'"
                + " AND collaborative_id = ?", Long.class, collaborativeId)
                : jdbc.queryForObject("SELECT id FROM discussion_space WHERE team_id = ?", Long.class, teamId);
    }

    private long thread(long spaceId, long authorId, Instant at) {
        long category = jdbc.queryForObject("SELECT MIN(id) FROM discussion_category WHERE space_id = ?", Long.class,
                spaceId);
        return insert("INSERT INTO discussion_thread (space_id, category_id, title, author_id, created_at,"
                + " last_posted_at, last_poster_id, post_count) VALUES (?, ?, 'Our monthly update', ?, ?, ?, ?, 0)",
                spaceId, category, authorId, ts(at), ts(at), authorId);
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS);
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    /** As Hibernate stores instants here: the UTC wall time, whatever the JVM's zone. */
    private static LocalDateTime ts(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
