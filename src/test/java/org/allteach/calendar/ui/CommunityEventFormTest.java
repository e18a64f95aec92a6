package org.allteach.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.allteach.calendar.Audience;
import org.allteach.calendar.CommunityEvent;
import org.allteach.calendar.EventDetails;
import org.allteach.calendar.EventKind;
import org.allteach.calendar.Events;
import org.allteach.calendar.PlanningScope;
import org.allteach.collaborative.Collaboratives;
import org.allteach.collaborative.Memberships;
import org.allteach.collaborative.Role;
import org.allteach.community.Community;
import org.allteach.identity.ActingAs;
import org.allteach.support.AllTeachTest;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The one event form plans for the community too: "The community of practice" is offered to its members only, hosted
 * from any collaborative they are or were in, with the community's kinds; the community page's button starts there.
 */
@AllTeachTest
class CommunityEventFormTest extends SpringBrowserlessTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    ActingAs actingAs;
    @Autowired
    Collaboratives collaboratives;
    @Autowired
    Memberships memberships;
    @Autowired
    Community community;
    @Autowired
    Events events;

    Scenario ended;
    Scenario current;

    @BeforeEach
    void anEndedCohortWhoseLeadIsInTheNewOneToo() {
        ended = scenarios.create();
        current = scenarios.create();
        actingAs.run(scenarios.admin().id(), () -> memberships.enrol(current.collaborativeId(), current.teamA(),
                ended.leadA().id(), Role.COACH));
        actingAs.run(ended.organiser().id(), () -> collaboratives.close(ended.collaborativeId()));
    }

    /** As the community page's "Host office hours" opens it. */
    private EventFormView forTheCommunity() {
        UI.getCurrent().navigate(EventFormView.class, QueryParameters.of(EventFormView.AUDIENCE,
                EventFormView.FOR_COMMUNITY));
        return (EventFormView) getCurrentView();
    }

    @Test
    void aCoachWhoDidNotJoinTheCommunityIsNotOfferedIt() {
        actingAs.run(current.coachA().id(), () -> {
            EventFormView form = navigate(EventFormView.class);
            assertThat(form.audience.getListDataView().getItems()).containsExactly(Audience.TEAMS);
            assertThat(form.audience.isVisible()).isFalse();
            assertThat(form.collaborative.getListDataView().getItems()).extracting(PlanningScope::collaborativeName)
                    .containsExactly(current.collaborativeName());
        });
    }

    @Test
    void anAlumnaCoachingTheNewCohortHostsForTheCommunityFromEitherCollaborativeWithTheCommunitysKinds() {
        actingAs.run(ended.leadA().id(), () -> {
            EventFormView form = navigate(EventFormView.class);
            assertThat(form.audience.getListDataView().getItems()).containsExactly(Audience.TEAMS,
                    Audience.COMMUNITY);
            assertThat(form.kind.getListDataView().getItems()).containsExactly(EventKind.OFFICE_HOURS,
                    EventKind.TEAM_MEETING);

            test(form.audience).selectItem("The community of practice");
            assertThat(form.kind.getListDataView().getItems()).containsExactly(EventKind.FIRESIDE_CHAT,
                    EventKind.WEBINAR, EventKind.OFFICE_HOURS);
            assertThat(form.collaborative.getLabel()).isEqualTo("Hosted from");
            assertThat(form.collaborative.getListDataView().getItems()).extracting(PlanningScope::collaborativeName)
                    .containsExactlyInAnyOrder(ended.collaborativeName(), current.collaborativeName());
            form.collaborative.getListDataView().getItems()
                    .filter(scope -> scope.collaborativeId() == ended.collaborativeId()).findFirst()
                    .ifPresent(form.collaborative::setValue);
            assertThat(form.audience.getValue()).as("a closed collaborative offers only the community")
                    .isEqualTo(Audience.COMMUNITY);
            assertThat(form.audience.isVisible()).isFalse();
        });
    }

    @Test
    void theCommunityPagesButtonOpensTheFormForTheCommunityAndAnAlumnaPlansOfficeHours() {
        String title = "Office hours: REaL data " + Scenarios.unique();
        actingAs.run(ended.participantA().id(), () -> {
            EventFormView form = forTheCommunity();
            assertThat(form.audience.getValue()).isEqualTo(Audience.COMMUNITY);
            assertThat(form.kind.getValue()).isEqualTo(EventKind.OFFICE_HOURS);
            assertThat(form.seats.getValue()).isEqualTo(8);
            assertThat(form.collaborative.getValue().collaborativeName()).isEqualTo(ended.collaborativeName());

            test(form.title).setValue(title);
            test(form.meetingLink).setValue("https://zoom.example.org/j/555");
            test(form.save).click();
            assertThat(getCurrentView()).isInstanceOf(EventView.class);
        });
        actingAs.run(ended.participantB().id(), () -> {
            List<CommunityEvent> upcoming = events.communityUpcoming(100);
            assertThat(upcoming).filteredOn(listed -> listed.event().title().equals(title)).singleElement()
                    .satisfies(listed -> {
                        assertThat(listed.host()).isEqualTo(ended.participantA().name());
                        assertThat(listed.hostedFrom()).isEqualTo(ended.collaborativeName());
                    });
        });
    }

    @Test
    void theHostAndAnAdministratorChangeACommunityEventWhichStaysTheCommunitys() {
        long hours = actingAs.call(ended.participantA().id(), () -> events.create(new EventDetails(
                ended.collaborativeId(), EventKind.OFFICE_HOURS, "Office hours: run charts", null,
                LocalDateTime.now().plusDays(3).withHour(10).truncatedTo(ChronoUnit.HOURS),
                LocalDateTime.now().plusDays(3).withHour(11).truncatedTo(ChronoUnit.HOURS), ZoneId.of("UTC"),
                "https://zoom.example.org/j/556", null, Audience.COMMUNITY, Set.of(), 5, List.of()), null));
        actingAs.run(ended.participantA().id(), () -> {
            EventFormView form = navigate(EventFormView.class, Map.of("eventId", String.valueOf(hours)));
            assertThat(form.audience.getListDataView().getItems()).containsExactly(Audience.COMMUNITY);
            assertThat(form.collaborative.isReadOnly()).isTrue();
            test(form.title).setValue("Office hours: run charts and PDSA");
            test(form.save).click();
            assertThat(getCurrentView()).isInstanceOf(EventView.class);
        });
        actingAs.run(scenarios.admin().id(), () -> {
            EventFormView form = navigate(EventFormView.class, Map.of("eventId", String.valueOf(hours)));
            assertThat(form.collaborative.getValue().collaborativeName()).isEqualTo(ended.collaborativeName());
            test(form.seats).setValue(6);
            test(form.save).click();
            assertThat(getCurrentView()).isInstanceOf(EventView.class);
            assertThat(events.event(hours).summary().seatLimit()).isEqualTo(6);
            assertThat(events.event(hours).summary().title()).isEqualTo("Office hours: run charts and PDSA");
        });
    }

    @Test
    void aCurrentMemberWhoDidNotJoinGetsTheOrdinaryFormFromTheCommunityLink() {
        actingAs.run(current.leadA().id(), () -> {
            EventFormView form = forTheCommunity();
            assertThat(form.audience.getValue()).isEqualTo(Audience.TEAMS);
            assertThat(form.kind.getValue()).isEqualTo(EventKind.TEAM_MEETING);
            navigate(CalendarView.class); // the next visit builds the form anew, for a member
        });
        actingAs.run(current.leadA().id(), () -> community.optIn(true));
        actingAs.run(current.leadA().id(), () -> {
            EventFormView form = forTheCommunity();
            assertThat(form.audience.getValue()).isEqualTo(Audience.COMMUNITY);
            assertThat(form.audience.getListDataView().getItems()).containsExactly(Audience.TEAMS,
                    Audience.COMMUNITY);
        });
    }
}
