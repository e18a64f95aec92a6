package org.allteach.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.allteach.calendar.Attendance;
import org.allteach.calendar.Audience;
import org.allteach.calendar.EventDetails;
import org.allteach.calendar.EventKind;
import org.allteach.calendar.EventScope;
import org.allteach.calendar.Events;
import org.allteach.calendar.slots.AvailabilityPolicy;
import org.allteach.calendar.slots.Slot;
import org.allteach.calendar.slots.WeeklyRule;
import org.allteach.coaching.CoachingAvailability;
import org.allteach.coaching.CoachingCall;
import org.allteach.coaching.CoachingCalls;
import org.allteach.coaching.NewBooking;
import org.allteach.collaborative.Collaboratives;
import org.allteach.credits.CreditActivities;
import org.allteach.credits.CreditClaims;
import org.allteach.credits.CreditFixtures;
import org.allteach.credits.CreditType;
import org.allteach.identity.Accounts;
import org.allteach.notification.internal.ReminderJob;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reminder job: events and coaching calls a day ahead, claim windows a week before they close; once per person
 * and reminder however often the job runs, and never for what was cancelled, closed or left.
 */
class ScheduledRemindersTest extends IntegrationTestBase {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    @Autowired
    ReminderJob job;
    @Autowired
    Notifications notifications;
    @Autowired
    Events events;
    @Autowired
    Collaboratives collaboratives;
    @Autowired
    CoachingCalls calls;
    @Autowired
    CoachingAvailability availability;
    @Autowired
    Attendance attendance;
    @Autowired
    CreditActivities activities;
    @Autowired
    CreditClaims claims;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    Scenario s;

    @BeforeEach
    void createScenario() {
        s = scenarios.create();
        forgetWhereTheJobGot();
    }

    @Test
    void peopleGoingHearOnceADayAheadInTheirOwnZoneEvenWhenTheJobRunsTwice() {
        long session = learningSessionIn(Duration.ofHours(30));
        as(s.participantA(), () -> events.respond(session, true));
        as(s.leadA(), () -> events.respond(session, false));
        Instant start = startOf(session);

        clock.advance(Duration.ofHours(6).plusMinutes(5));
        job.runDue();
        job.runDue();
        forgetWhereTheJobGot(); // a second node, or a run whose mark was lost, asks for the same stretch again
        job.runDue();

        String reminder = "Reminder: “Learning Session 3: REaL data”, "
                + ReminderTimes.format(start, CHICAGO, Locale.US);
        assertThat(reminder).endsWith("(Chicago time)");
        assertThat(titles(s.participantA())).containsExactly(reminder);
        NotificationView item = as(s.participantA(), () -> notifications.mine(0, 1)).getFirst();
        assertThat(item.type()).isEqualTo(NotificationType.EVENT_REMINDER);
        assertThat(item.link()).isEqualTo("calendar/event/" + session);
        // the host is reminded too; who declined or never answered is not
        assertThat(titles(s.organiser())).containsExactly(reminder);
        assertThat(titles(s.leadA())).isEmpty();
        assertThat(titles(s.participantB())).isEmpty();
    }

    @Test
    void aReminderIsNotSentBeforeItsTimeNorForAnEventPlannedAtShortNotice() {
        long session = learningSessionIn(Duration.ofHours(30));
        long soon = learningSessionIn(Duration.ofHours(2));
        as(s.participantA(), () -> events.respond(session, true));
        as(s.participantA(), () -> events.respond(soon, true));

        job.runDue();

        assertThat(titles(s.participantA())).isEmpty();
    }

    @Test
    void noReminderForACancelledEventOrTheWaitlist() {
        long cancelled = learningSessionIn(Duration.ofHours(30));
        as(s.participantA(), () -> events.respond(cancelled, true));
        as(s.organiser(), () -> events.cancel(cancelled, EventScope.ONE));
        LocalDateTime start = LocalDateTime.now(NEW_YORK).plusHours(30).truncatedTo(ChronoUnit.MINUTES);
        long officeHours = as(s.coachA(), () -> events.create(new EventDetails(s.collaborativeId(),
                EventKind.OFFICE_HOURS, "Office hours: run charts", null, start, start.plusMinutes(60), NEW_YORK,
                "https://zoom.example.org/j/456", null, Audience.TEAMS, Set.of(s.teamA()), 1, List.of()), null));
        as(s.leadA(), () -> events.respond(officeHours, true));
        as(s.participantA(), () -> events.respond(officeHours, true)); // waitlisted: the one seat is taken

        clock.advance(Duration.ofHours(6).plusMinutes(5));
        job.runDue();

        assertThat(titles(s.participantA())).noneMatch(title -> title.startsWith("Reminder"));
        assertThat(titles(s.leadA())).containsExactly("Reminder: “Office hours: run charts”, "
                + ReminderTimes.format(startOf(officeHours), CHICAGO, Locale.US));
    }

    @Test
    void noReminderForSomeoneWhoLeftTheCollaborative() {
        long session = learningSessionIn(Duration.ofHours(30));
        as(s.participantA(), () -> events.respond(session, true));
        as(s.participantB(), () -> events.respond(session, true));
        jdbc.sql("DELETE FROM membership WHERE person_id = :person").param("person", s.participantB().id()).update();

        clock.advance(Duration.ofHours(6).plusMinutes(5));
        job.runDue();

        assertThat(titles(s.participantA())).hasSize(1);
        assertThat(titles(s.participantB())).isEmpty();
    }

    @Test
    void noRemindersOnceTheCollaborativeIsClosed() {
        long session = learningSessionIn(Duration.ofHours(30));
        as(s.participantA(), () -> events.respond(session, true));
        as(s.organiser(), () -> collaboratives.close(s.collaborativeId()));

        clock.advance(Duration.ofHours(6).plusMinutes(5));
        job.runDue();

        assertThat(titles(s.participantA())).isEmpty();
        assertThat(titles(s.organiser())).isEmpty();
    }

    @Test
    void bothSidesOfACoachingCallAreRemindedUnderTheBellAndNotOfACancelledOne() {
        as(s.coachA(), () -> availability.save(everyDay(), "https://meet.example/carl"));
        Slot first = freeSlot(2);
        CoachingCall call = as(s.participantA(), () -> calls.book(new NewBooking(s.collaborativeId(),
                s.coachA().id(), HALF_HOUR, first.start(), "Our aim statement", null)));
        Slot second = freeSlot(3);
        CoachingCall cancelled = as(s.leadA(), () -> calls.book(new NewBooking(s.collaborativeId(),
                s.coachA().id(), HALF_HOUR, second.start(), "Run charts", null)));
        as(s.leadA(), () -> calls.cancel(cancelled.id(), "Clinic closed"));

        clock.advance(Duration.between(clock.instant(), first.start().minus(Duration.ofHours(24)))
                .plusMinutes(1));
        job.runDue();
        clock.advance(Duration.between(clock.instant(), second.start().minus(Duration.ofHours(24)))
                .plusMinutes(1));
        job.runDue();

        assertThat(titles(s.participantA())).containsExactly("Reminder: coaching call with Carl Coach, "
                + ReminderTimes.format(first.start(), CHICAGO, Locale.US));
        assertThat(titles(s.coachA())).filteredOn(title -> title.startsWith("Reminder"))
                .containsExactly("Reminder: coaching call with Paul Participant, "
                        + ReminderTimes.format(first.start(), CHICAGO, Locale.US));
        NotificationView item = as(s.participantA(), () -> notifications.mine(0, 1)).getFirst();
        assertThat(item.type()).isEqualTo(NotificationType.BOOKING);
        assertThat(item.link()).isEqualTo("coaching/calls/" + call.id());
        assertThat(titles(s.leadA())).noneMatch(title -> title.startsWith("Reminder"));
    }

    @Test
    void whoAttendedAndHasNotClaimedHearsAWeekBeforeTheClaimWindowCloses() {
        CreditFixtures fixtures = fixtures();
        CreditFixtures.Planned planned = fixtures.attended(80);
        Scenarios.Person participant = planned.scenario().participantA();
        Instant windowEnd = as(participant, () -> claims.myActivity(planned.activityId())).windowEnd();

        clock.advance(Duration.between(clock.instant(), windowEnd.minus(Duration.ofDays(8))));
        job.runDue();
        assertThat(closingTitles(participant)).isEmpty();

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        job.runDue();
        forgetWhereTheJobGot();
        job.runDue();

        assertThat(closingTitles(participant)).containsExactly("Claim your credit for “Learning Session 2” by "
                + ReminderTimes.format(windowEnd, CHICAGO, Locale.US));
        assertThat(as(participant, () -> notifications.mine(0, 1)).getFirst().link()).isEqualTo("credits");
    }

    @Test
    void whoClaimedAlreadyHearsNothingOfTheWindowClosing() {
        CreditFixtures fixtures = fixtures();
        CreditFixtures.Planned planned = fixtures.attended(90);
        Scenarios.Person participant = planned.scenario().participantA();
        fixtures.claimed(planned, CreditType.AMA_PRA_CATEGORY_1, new BigDecimal("1.5"));
        Instant windowEnd = as(participant, () -> claims.myActivity(planned.activityId())).windowEnd();

        clock.advance(Duration.between(clock.instant(), windowEnd.minus(Duration.ofDays(7))).plusMinutes(1));
        job.runDue();

        assertThat(closingTitles(participant)).isEmpty();
    }

    private long learningSessionIn(Duration fromNow) {
        LocalDateTime start = LocalDateTime.ofInstant(clock.instant().plus(fromNow), NEW_YORK)
                .truncatedTo(ChronoUnit.MINUTES);
        return as(s.organiser(), () -> events.create(new EventDetails(s.collaborativeId(),
                EventKind.LEARNING_SESSION, "Learning Session 3: REaL data", "Run charts", start,
                start.plusMinutes(90), NEW_YORK, "https://zoom.example.org/j/123", null, Audience.COLLABORATIVE,
                Set.of(), null, List.of()), null));
    }

    private Instant startOf(long eventId) {
        return as(s.organiser(), () -> events.event(eventId)).summary().start();
    }

    private Slot freeSlot(int days) {
        Instant from = clock.instant().plus(Duration.ofDays(days));
        return as(s.participantA(), () -> calls.freeSlots(s.collaborativeId(), s.coachA().id(), HALF_HOUR, from,
                from.plus(Duration.ofDays(1)))).getFirst();
    }

    /** Every day 08:00–20:00 in Chicago, half-hour calls. */
    private static AvailabilityPolicy everyDay() {
        List<WeeklyRule> weekly = Arrays.stream(DayOfWeek.values())
                .map(day -> new WeeklyRule(day, LocalTime.of(8, 0), LocalTime.of(20, 0))).toList();
        return new AvailabilityPolicy(CHICAGO, weekly, List.of(), Duration.ZERO, Duration.ZERO, Duration.ofHours(1),
                30, 8, List.of(HALF_HOUR, Duration.ofMinutes(60)), HALF_HOUR);
    }

    private CreditFixtures fixtures() {
        return new CreditFixtures(scenarios, actingAs, clock, events, attendance, activities, claims, accounts);
    }

    private void forgetWhereTheJobGot() {
        jdbc.sql("DELETE FROM notification_reminder_run").update();
    }

    private List<String> titles(Scenarios.Person person) {
        return as(person, () -> notifications.mine(0, 20)).stream().map(NotificationView::title).toList();
    }

    private List<String> closingTitles(Scenarios.Person person) {
        return as(person, () -> notifications.mine(0, 20)).stream()
                .filter(item -> item.type() == NotificationType.CLAIM_WINDOW_CLOSING).map(NotificationView::title)
                .toList();
    }
}
