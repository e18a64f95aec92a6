package org.allteach.calendar;

import static org.allteach.calendar.EventPlans.learningSession;
import static org.allteach.calendar.EventPlans.officeHours;
import static org.allteach.calendar.EventPlans.teamMeeting;
import static org.allteach.calendar.EventPlans.withAudience;
import static org.allteach.calendar.EventPlans.withKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.allteach.library.Library;
import org.allteach.library.ResourceAuthors;
import org.allteach.library.ResourceDetails;
import org.allteach.library.ResourceKind;
import org.allteach.library.Visibility;
import org.allteach.shared.InvalidInput;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Who sees which event, and who may plan, change and cancel what; checked in the service, by id too. */
class EventAccessTest extends IntegrationTestBase {

    @Autowired
    Events events;

    @Autowired
    Library library;

    Scenario s;
    LocalDateTime nextWeek;

    @BeforeEach
    void createScenario() {
        s = scenarios.create();
        nextWeek = LocalDateTime.now().plusWeeks(1).withHour(10).truncatedTo(ChronoUnit.HOURS);
    }

    @Test
    void aParticipantOfAnotherTeamCannotSeeOrOpenATeamMeetingNotEvenById() {
        long meeting = as(s.leadA(), () -> events.create(teamMeeting(s.collaborativeId(), s.teamA(), nextWeek), null));

        assertThatThrownBy(() -> as(s.participantB(), () -> events.event(meeting)))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(idsBetween(s.participantB())).doesNotContain(meeting);
        assertThatThrownBy(() -> as(s.participantB(), () -> events.respond(meeting, true)))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> as(s.outsider(), () -> events.event(meeting)))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void theTeamItsCoachAndTheOrganisersSeeTheTeamMeeting() {
        long meeting = as(s.leadA(), () -> events.create(teamMeeting(s.collaborativeId(), s.teamA(), nextWeek), null));

        assertThat(idsBetween(s.participantA())).contains(meeting);
        assertThat(idsBetween(s.coachA())).contains(meeting);
        assertThat(idsBetween(s.organiser())).contains(meeting);
        assertThat(as(s.participantA(), () -> events.event(meeting)).summary().audience()).isEqualTo(s.teamAName());
    }

    @Test
    void everyMemberSeesAWholeCollaborativeEventButOutsidersDoNot() {
        long session = as(s.organiser(), () -> events.create(learningSession(s.collaborativeId(), nextWeek), null));

        assertThat(idsBetween(s.participantA())).contains(session);
        assertThat(idsBetween(s.participantB())).contains(session);
        assertThat(idsBetween(s.outsider())).doesNotContain(session);
        assertThatThrownBy(() -> as(s.outsider(), () -> events.event(session)))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void organisersPlanAnyKindForAnyAudience() {
        for (EventKind kind : List.of(EventKind.LEARNING_SESSION, EventKind.FIRESIDE_CHAT, EventKind.WEBINAR)) {
            as(s.organiser(), () -> events.create(withKind(learningSession(s.collaborativeId(), nextWeek), kind),
                    null));
        }
        as(s.organiser(), () -> events.create(officeHours(s.collaborativeId(), Set.of(s.teamA(), s.teamB()),
                nextWeek, 5), null));
        as(s.organiser(), () -> events.create(teamMeeting(s.collaborativeId(), s.teamB(), nextWeek), null));
    }

    @Test
    void coachesPlanOfficeHoursAndMeetingsForTheTeamsTheyCoachOnly() {
        long hours = as(s.coachA(), () -> events.create(officeHours(s.collaborativeId(), Set.of(s.teamA()), nextWeek,
                4), null));
        as(s.coachA(), () -> events.create(teamMeeting(s.collaborativeId(), s.teamA(), nextWeek), null));

        assertThat(as(s.coachA(), () -> events.event(hours)).mayEdit()).isTrue();
        assertThat(messagesOf(() -> as(s.coachA(), () -> events.create(officeHours(s.collaborativeId(),
                Set.of(s.teamA(), s.teamB()), nextWeek, 4), null)))).containsEntry("teams", "Choose teams you coach.");
        assertThat(messagesOf(() -> as(s.coachA(), () -> events.create(learningSession(s.collaborativeId(), nextWeek),
                null)))).containsKey("kind");
        assertThat(messagesOf(() -> as(s.coachA(), () -> events.create(withAudience(officeHours(s.collaborativeId(),
                Set.of(), nextWeek, 4), Audience.COLLABORATIVE, Set.of()), null)))).containsKey("audience");
    }

    @Test
    void teamLeadsPlanTheirOwnTeamsMeetingsOnly() {
        as(s.leadA(), () -> events.create(teamMeeting(s.collaborativeId(), s.teamA(), nextWeek), null));

        assertThat(messagesOf(() -> as(s.leadA(), () -> events.create(teamMeeting(s.collaborativeId(), s.teamB(),
                nextWeek), null)))).containsEntry("teams", "Choose your own team.");
        assertThat(messagesOf(() -> as(s.leadA(), () -> events.create(officeHours(s.collaborativeId(),
                Set.of(s.teamA()), nextWeek, 3), null)))).containsKey("kind");
    }

    @Test
    void participantsAndOutsidersPlanNothing() {
        assertThatThrownBy(() -> as(s.participantA(), () -> events.create(teamMeeting(s.collaborativeId(), s.teamA(),
                nextWeek), null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(s.outsider(), () -> events.create(learningSession(s.collaborativeId(), nextWeek),
                null))).isInstanceOf(AccessDeniedException.class);
        assertThat(as(s.participantA(), () -> events.planningScopes())).isEmpty();
    }

    @Test
    void onlyThoseWhoMayPlanItMayChangeOrCancelIt() {
        long session = as(s.organiser(), () -> events.create(learningSession(s.collaborativeId(), nextWeek), null));
        long meeting = as(s.leadA(), () -> events.create(teamMeeting(s.collaborativeId(), s.teamA(), nextWeek), null));

        assertThatThrownBy(() -> as(s.coachA(), () -> events.cancel(session, EventScope.ONE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(s.participantA(), () -> events.cancel(meeting, EventScope.ONE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(s.participantA(), () -> events.event(meeting)).mayEdit()).isFalse();
        as(s.coachA(), () -> events.cancel(meeting, EventScope.ONE));
        assertThat(as(s.leadA(), () -> events.event(meeting)).summary().cancelled()).isTrue();
    }

    @Test
    void planningScopesOfferWhatEachRoleMayPlan() {
        PlanningScope coach = as(s.coachA(), () -> events.planningScopes()).stream()
                .filter(scope -> scope.collaborativeId() == s.collaborativeId()).findFirst().orElseThrow();
        assertThat(coach.kinds()).containsExactlyInAnyOrder(EventKind.OFFICE_HOURS, EventKind.TEAM_MEETING);
        assertThat(coach.wholeCollaborative()).isFalse();
        assertThat(coach.teamsFor(EventKind.OFFICE_HOURS)).extracting(team -> team.id()).containsExactly(s.teamA());

        PlanningScope lead = as(s.leadA(), () -> events.planningScopes()).getFirst();
        assertThat(lead.kinds()).containsExactly(EventKind.TEAM_MEETING);

        PlanningScope organiser = as(s.organiser(), () -> events.planningScopes()).getFirst();
        assertThat(organiser.kinds()).containsExactlyInAnyOrder(EventKind.values());
        assertThat(organiser.teamsFor(EventKind.WEBINAR)).hasSize(2);
    }

    @Test
    void busyIntervalsAreTheEventsAPersonHostsOrGoesTo() {
        long hours = as(s.coachA(), () -> events.create(officeHours(s.collaborativeId(), Set.of(s.teamA()), nextWeek,
                4), null));
        long session = as(s.organiser(), () -> events.create(learningSession(s.collaborativeId(),
                nextWeek.plusDays(1)), null));
        long other = as(s.organiser(), () -> events.create(learningSession(s.collaborativeId(),
                nextWeek.plusDays(2)), null));
        as(s.coachA(), () -> events.respond(session, true));
        as(s.coachA(), () -> events.respond(other, false));
        Instant from = Instant.now();
        Instant to = from.plus(30, ChronoUnit.DAYS);

        List<BusyInterval> busy = events.busyIntervals(s.coachA().id(), from, to);

        EventSummary hoursSummary = as(s.coachA(), () -> events.event(hours)).summary();
        EventSummary sessionSummary = as(s.coachA(), () -> events.event(session)).summary();
        assertThat(busy).containsExactly(new BusyInterval(hoursSummary.start(), hoursSummary.end()),
                new BusyInterval(sessionSummary.start(), sessionSummary.end()));
        as(s.organiser(), () -> events.cancel(session, EventScope.ONE));
        assertThat(events.busyIntervals(s.coachA().id(), from, to)).hasSize(1);
    }

    @Test
    void anEditorKeepsMaterialsTheyCannotOpen() {
        long teamBPaper = as(s.organiser(), () -> library.add(new ResourceDetails(s.collaborativeId(),
                ResourceKind.PAPER, "Team B's own notes", "", null, List.of(), 2026, null, "https://example.org/notes",
                Visibility.TEAM, s.teamB(), new ResourceAuthors(List.of(), List.of(), null)), null, null));
        long meeting = as(s.organiser(), () -> events.create(EventPlans.withMaterials(
                teamMeeting(s.collaborativeId(), s.teamA(), nextWeek), List.of(teamBPaper)), null));

        // the lead's form cannot show Team B's paper, so it sends no materials: the link stays
        as(s.leadA(), () -> events.update(meeting, EventScope.ONE, EventPlans.withTitle(EventPlans.withMaterials(
                teamMeeting(s.collaborativeId(), s.teamA(), nextWeek), List.of()), "Team huddle (moved room)"), null));

        assertThat(as(s.organiser(), () -> events.event(meeting)).materials()).extracting(MaterialLink::resourceId)
                .containsExactly(teamBPaper);
        assertThat(as(s.leadA(), () -> events.event(meeting)).materials()).isEmpty();
    }

    private List<Long> idsBetween(org.allteach.support.Scenarios.Person person) {
        Instant now = Instant.now();
        return as(person, () -> events.between(now, now.plus(30, ChronoUnit.DAYS), CalendarFilter.EVERYTHING))
                .stream().map(EventSummary::id).toList();
    }

    static java.util.Map<String, String> messagesOf(Runnable call) {
        try {
            call.run();
        } catch (InvalidInput invalid) {
            return invalid.fieldErrors();
        }
        throw new AssertionError("expected the input to be refused");
    }
}
