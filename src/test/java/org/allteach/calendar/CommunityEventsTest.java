package org.allteach.calendar;

import static org.allteach.calendar.EventPlans.withAudience;
import static org.allteach.calendar.EventPlans.withKind;
import static org.allteach.calendar.EventPlans.withTimes;
import static org.allteach.calendar.EventPlans.withTitle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.allteach.collaborative.Collaboratives;
import org.allteach.community.Community;
import org.allteach.credits.CreditActivities;
import org.allteach.credits.CreditFixtures;
import org.allteach.engagement.Engagement;
import org.allteach.engagement.EngagementDashboard;
import org.allteach.engagement.TeamEngagement;
import org.allteach.library.Library;
import org.allteach.library.ResourceDetails;
import org.allteach.library.ResourceKind;
import org.allteach.library.Visibility;
import org.allteach.notification.NotificationView;
import org.allteach.notification.Notifications;
import org.allteach.notification.internal.ReminderJob;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.ics.IcsEvent;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios.Person;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The community of practice's office hours as calendar events: hosted by its members (alumni from their closed cohort
 * too), seen, answered and reminded of by its members only, changed by their host and administrators, and no part of
 * any collaborative's sessions or credit.
 */
class CommunityEventsTest extends IntegrationTestBase {

    @Autowired
    Events events;
    @Autowired
    Attendance attendance;
    @Autowired
    Community community;
    @Autowired
    Collaboratives collaboratives;
    @Autowired
    List<CalendarFeedSource> feedSources;
    @Autowired
    CreditActivities activities;
    @Autowired
    Engagement engagement;
    @Autowired
    ReminderJob reminders;
    @Autowired
    Notifications notifications;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Library library;

    /** A collaborative that has ended: its members are the community's alumni. */
    Scenario ended;
    /** The new cohort: participant A joined the community, participant B and the faculty did not. */
    Scenario current;
    LocalDateTime nextWeek;

    @BeforeEach
    void anEndedCohortAndANewOneWithOneMemberInTheCommunity() {
        ended = scenarios.create();
        current = scenarios.create();
        as(ended.organiser(), () -> collaboratives.close(ended.collaborativeId()));
        as(current.participantA(), () -> community.optIn(true));
        nextWeek = LocalDateTime.ofInstant(clock.instant(), EventPlans.NEW_YORK).plusWeeks(1).withHour(12)
                .truncatedTo(ChronoUnit.HOURS);
    }

    @Test
    void anAlumnaHostsOfficeHoursFromHerClosedCollaborativeWhichOnlyTheCommunitysMembersSeeAndAnswer() {
        long hours = as(ended.leadA(), () -> events.create(officeHours(ended.collaborativeId(), nextWeek, 5), null));

        EventPage page = as(current.participantA(), () -> events.event(hours));
        assertThat(page.summary().community()).isTrue();
        assertThat(page.summary().audience()).isEqualTo("The community of practice");
        assertThat(page.collaborativeName()).isEqualTo(ended.collaborativeName());
        assertThat(page.mayRespond()).as("the archive rule is not the community's").isTrue();
        assertThat(idsBetween(current.participantA())).contains(hours);
        assertThat(as(current.participantA(), () -> events.upcoming(10))).extracting(EventSummary::id).contains(hours);
        assertThat(as(current.participantA(), () -> events.respond(hours, true))).isEqualTo(RsvpStatus.GOING);
        // the community is one across the portal: other tests' events may be listed too
        assertThat(as(current.participantA(), () -> events.communityUpcoming(100)))
                .filteredOn(listed -> listed.event().id() == hours).singleElement().satisfies(listed -> {
                    assertThat(listed.host()).isEqualTo(ended.leadA().name());
                    assertThat(listed.hostedFrom()).isEqualTo(ended.collaborativeName());
                    assertThat(listed.event().seatsLeft()).isEqualTo(4);
                });
        assertThat(feedOf(current.participantA())).contains("event-" + hours + "@allteach");
        assertThat(as(ended.participantB(), () -> events.respond(hours, true))).isEqualTo(RsvpStatus.GOING);

        // a current member who did not join, the new cohort's organiser and someone in no collaborative see nothing
        for (Person stranger : List.of(current.participantB(), current.organiser(), current.outsider())) {
            assertThat(idsBetween(stranger)).doesNotContain(hours);
            assertThat(as(stranger, () -> events.upcoming(10))).extracting(EventSummary::id).doesNotContain(hours);
            assertThat(as(stranger, () -> events.communityUpcoming(5))).isEmpty();
            assertThat(feedOf(stranger)).doesNotContain("event-" + hours + "@allteach");
            assertThatThrownBy(() -> as(stranger, () -> events.event(hours)))
                    .isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> as(stranger, () -> events.ics(hours)))
                    .isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> as(stranger, () -> events.respond(hours, true)))
                    .isInstanceOf(NoSuchElementException.class);
        }
    }

    @Test
    void theFacultyOfTheCollaborativeItIsHostedFromSeeItOnlyAsMembersOfTheCommunity() {
        long fireside = as(current.participantA(), () -> events.create(withKind(officeHours(current.collaborativeId(),
                nextWeek, 5), EventKind.FIRESIDE_CHAT), null));

        assertThat(idsBetween(current.organiser())).doesNotContain(fireside);
        assertThat(idsBetween(current.coachA())).doesNotContain(fireside);
        assertThat(idsBetween(ended.coachA())).as("an alumnus").contains(fireside);
        assertThat(idsBetween(current.participantA())).contains(fireside);
        assertThat(as(current.participantA(), () -> events.event(fireside)).summary().seatLimit())
                .as("only office hours have seats").isNull();
    }

    @Test
    void aParticipantHostsForTheCommunityOnlyOnceTheyAreAMemberAndFromTheirOwnCollaborative() {
        EventDetails fromTheirs = officeHours(current.collaborativeId(), nextWeek, 5);

        assertThatThrownBy(() -> as(current.participantB(), () -> events.create(fromTheirs, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(current.outsider(), () -> events.create(fromTheirs, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(EventAccessTest.messagesOf(() -> as(current.participantA(), () -> events.create(
                officeHours(ended.collaborativeId(), nextWeek, 5), null))))
                .containsEntry("collaborative", "Choose a collaborative you are or were in.");

        as(current.participantB(), () -> community.optIn(true));
        long hours = as(current.participantB(), () -> events.create(fromTheirs, null));

        assertThat(as(current.participantA(), () -> events.event(hours)).summary().hosting()).isFalse();
        assertThat(as(current.participantB(), () -> events.event(hours)).mayEdit()).isTrue();
    }

    @Test
    void theCommunityHostsOfficeHoursFiresideChatsAndWebinarsButNoLearningSessionsOrTeamMeetings() {
        for (EventKind kind : List.of(EventKind.LEARNING_SESSION, EventKind.TEAM_MEETING)) {
            assertThat(EventAccessTest.messagesOf(() -> as(ended.leadA(), () -> events.create(withKind(
                    officeHours(ended.collaborativeId(), nextWeek, 5), kind), null))))
                    .containsOnlyKeys("kind");
        }
        long webinar = as(ended.leadA(), () -> events.create(withKind(officeHours(ended.collaborativeId(), nextWeek,
                5), EventKind.WEBINAR), null));
        assertThat(as(ended.leadA(), () -> events.event(webinar)).summary().kind()).isEqualTo(EventKind.WEBINAR);
    }

    @Test
    void onlyTheHostAndAdministratorsChangeOrCancelACommunityEventAndItStaysTheCommunitys() {
        long hours = as(ended.leadA(), () -> events.create(officeHours(ended.collaborativeId(), nextWeek, 5), null));
        EventDetails renamed = withTitle(officeHours(ended.collaborativeId(), nextWeek, 5), "Office hours: PDSA ramps");

        for (Person notHost : List.of(ended.organiser(), ended.participantA(), current.participantA())) {
            assertThat(as(notHost, () -> events.event(hours)).mayEdit()).isFalse();
            assertThatThrownBy(() -> as(notHost, () -> events.update(hours, EventScope.ONE, renamed, null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(notHost, () -> events.cancel(hours, EventScope.ONE)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(EventAccessTest.messagesOf(() -> as(ended.leadA(), () -> events.update(hours, EventScope.ONE,
                withAudience(renamed, Audience.TEAMS, Set.of(ended.teamA())), null)))).containsOnlyKeys("audience");

        long collaborativeWebinar = as(current.organiser(), () -> events.create(withAudience(withKind(
                officeHours(current.collaborativeId(), nextWeek, 5), EventKind.WEBINAR), Audience.COLLABORATIVE,
                Set.of()), null));
        as(current.organiser(), () -> community.optIn(true));
        assertThat(EventAccessTest.messagesOf(() -> as(current.organiser(), () -> events.update(collaborativeWebinar,
                EventScope.ONE, withKind(officeHours(current.collaborativeId(), nextWeek, 5), EventKind.WEBINAR),
                null)))).as("nor does a collaborative's event become the community's").containsOnlyKeys("audience");

        as(ended.leadA(), () -> events.update(hours, EventScope.ONE, renamed, null));
        assertThat(as(current.participantA(), () -> events.event(hours)).summary().title())
                .isEqualTo("Office hours: PDSA ramps");
        as(scenarios.admin(), () -> events.cancel(hours, EventScope.ONE));
        assertThat(as(current.participantA(), () -> events.event(hours)).summary().cancelled()).isTrue();
    }

    @Test
    void aCommunityEventIsNoSessionOfTheCollaborativeItIsHostedFromAndEarnsNoCredit() {
        EngagementDashboard before = as(current.organiser(), () -> engagement.dashboard(current.collaborativeId()));
        LocalDateTime yesterday = nextWeek.minusDays(8);
        long webinar = as(current.participantA(), () -> events.create(withTimes(withKind(officeHours(
                current.collaborativeId(), nextWeek, 5), EventKind.WEBINAR), yesterday, yesterday.plusHours(1)), null));
        jdbc.sql("INSERT INTO calendar_attendance (event_id, person_id, minutes, source, recorded_by, recorded_at)"
                        + " VALUES (:event, :person, 60, 'MARKED', :person, UTC_TIMESTAMP(6))")
                .param("event", webinar).param("person", current.participantA().id()).update();

        EngagementDashboard after = as(current.organiser(), () -> engagement.dashboard(current.collaborativeId()));
        assertThat(after.teams()).extracting(TeamEngagement::sessionsExpected)
                .containsExactlyElementsOf(before.teams().stream().map(TeamEngagement::sessionsExpected).toList());
        assertThat(after.teams()).extracting(TeamEngagement::sessionsAttended)
                .containsExactlyElementsOf(before.teams().stream().map(TeamEngagement::sessionsAttended).toList());
        assertThat(as(current.organiser(), () -> attendance.sessionTally(current.collaborativeId(),
                Instant.EPOCH, clock.instant())).forEveryone()).isZero();
        assertThat(as(current.participantA(), () -> attendance.mayManage(webinar))).isFalse();
        assertThatThrownBy(() -> as(current.participantA(), () -> attendance.sheet(webinar)))
                .isInstanceOf(AccessDeniedException.class);
        as(current.organiser(), () -> community.optIn(true));
        assertThat(EventAccessTest.messagesOf(() -> as(current.organiser(), () -> activities.create(
                CreditFixtures.details(current.collaborativeId(), webinar))))).containsKey("link");
    }

    @Test
    void aGoingMemberIsRemindedADayAheadThoughTheHostsCollaborativeIsClosedAndSomeoneWhoLeftIsNot() {
        LocalDateTime inThirtyHours = LocalDateTime.ofInstant(clock.instant().plus(Duration.ofHours(30)),
                EventPlans.NEW_YORK).truncatedTo(ChronoUnit.MINUTES);
        long hours = as(ended.leadA(), () -> events.create(withTimes(officeHours(ended.collaborativeId(), nextWeek, 5),
                inThirtyHours, inThirtyHours.plusHours(1)), null));
        as(current.participantA(), () -> events.respond(hours, true));
        as(current.participantB(), () -> community.optIn(true));
        as(current.participantB(), () -> events.respond(hours, true));
        as(current.participantB(), () -> community.optIn(false));
        jdbc.sql("DELETE FROM notification_reminder_run").update();

        clock.advance(Duration.ofHours(6).plusMinutes(5));
        reminders.runDue();

        assertThat(reminderTitles(current.participantA())).singleElement().asString()
                .startsWith("Reminder: “Office hours: REaL data collection”");
        assertThat(reminderTitles(ended.leadA())).as("the host").hasSize(1);
        assertThat(reminderTitles(current.participantB())).isEmpty();
    }

    @Test
    void cancellingTellsTheMembersWhoWereGoing() {
        long hours = as(ended.leadA(), () -> events.create(officeHours(ended.collaborativeId(), nextWeek, 5), null));
        as(current.participantA(), () -> events.respond(hours, true));

        as(ended.leadA(), () -> events.cancel(hours, EventScope.ONE));

        assertThat(as(current.participantA(), () -> notifications.mine(0, 5))).extracting(NotificationView::title)
                .contains(ended.leadA().name() + " cancelled “Office hours: REaL data collection”");
    }

    @Test
    void someoneWhoLeavesTheCommunityGivesUpTheirSeatToTheWaitlistWhileAHostKeepsTheirSession() {
        long hours = as(ended.leadA(), () -> events.create(officeHours(ended.collaborativeId(), nextWeek, 1), null));
        as(current.participantA(), () -> events.respond(hours, true));
        assertThat(as(ended.participantB(), () -> events.respond(hours, true))).isEqualTo(RsvpStatus.WAITLISTED);
        long hosted = as(current.participantA(), () -> events.create(officeHours(current.collaborativeId(),
                nextWeek.plusDays(1), 3), null));

        as(current.participantA(), () -> community.optIn(false));

        assertThat(as(ended.participantB(), () -> events.event(hours)).summary().myResponse())
                .as("the freed seat went to the waitlist").isEqualTo(RsvpStatus.GOING);
        assertThat(as(ended.leadA(), () -> events.event(hours)).goingNames())
                .containsExactly(ended.participantB().name());
        assertThat(as(current.participantA(), () -> events.event(hosted)).mayEdit())
                .as("a host who left still sees and changes their session").isTrue();
        as(current.participantA(), () -> events.cancel(hosted, EventScope.ONE));
        assertThat(as(ended.leadA(), () -> events.event(hosted)).summary().cancelled()).isTrue();
    }

    @Test
    void aCommunityEventLinksOnlyResourcesEveryMemberMayOpen() {
        // the host, participant A of the new cohort, may open both: one is their team's only
        long teamOnly = as(current.leadA(), () -> library.add(resource(Visibility.TEAM, current.teamA()), null,
                null));
        long forEveryone = as(current.organiser(), () -> library.add(resource(Visibility.PORTAL, null), null,
                null));

        assertThat(EventAccessTest.messagesOf(() -> as(current.participantA(), () -> events.create(
                withMaterials(officeHours(current.collaborativeId(), nextWeek, 5), List.of(teamOnly)), null))))
                .containsEntry("materials", "The community sees only resources shared with the community or the "
                        + "whole portal: choose among those.");
        long hours = as(current.participantA(), () -> events.create(
                withMaterials(officeHours(current.collaborativeId(), nextWeek, 5), List.of(forEveryone)), null));
        assertThat(as(ended.participantB(), () -> events.event(hours)).materials())
                .extracting(MaterialLink::resourceId).containsExactly(forEveryone);
    }

    private ResourceDetails resource(Visibility visibility, Long teamId) {
        return new ResourceDetails(current.collaborativeId(), ResourceKind.TOOL, "Intake form " + visibility,
                "The form we used.", null, List.of(), 2025, null, "https://example.org/intake", visibility, teamId);
    }

    private static EventDetails withMaterials(EventDetails details, List<Long> materials) {
        return new EventDetails(details.collaborativeId(), details.kind(), details.title(), details.description(),
                details.start(), details.end(), details.zone(), details.meetingLink(), details.place(),
                details.audience(), details.teamIds(), details.seatLimit(), materials);
    }

    static EventDetails officeHours(long hostedFrom, LocalDateTime start, int seats) {
        return new EventDetails(hostedFrom, EventKind.OFFICE_HOURS, "Office hours: REaL data collection",
                "Bring your intake form.", start, start.plusMinutes(60), EventPlans.NEW_YORK,
                "https://zoom.example.org/j/789", null, Audience.COMMUNITY, Set.of(), seats, List.of());
    }

    private List<Long> idsBetween(Person person) {
        Instant now = clock.instant();
        return as(person, () -> events.between(now, now.plus(30, ChronoUnit.DAYS), CalendarFilter.EVERYTHING))
                .stream().map(EventSummary::id).toList();
    }

    private List<String> feedOf(Person person) {
        Instant now = clock.instant();
        return feedSources.stream().flatMap(source -> source.feedEntries(person.id(), now.minus(1, ChronoUnit.DAYS),
                now.plus(60, ChronoUnit.DAYS)).stream()).map(IcsEvent::uid).toList();
    }

    private List<String> reminderTitles(Person person) {
        return as(person, () -> notifications.mine(0, 20)).stream().map(NotificationView::title)
                .filter(title -> title.startsWith("Reminder")).toList();
    }
}
