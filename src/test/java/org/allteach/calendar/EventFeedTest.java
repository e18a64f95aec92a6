package org.allteach.calendar;

import static org.allteach.calendar.EventPlans.learningSession;
import static org.allteach.calendar.EventPlans.officeHours;
import static org.allteach.calendar.EventPlans.teamMeeting;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.allteach.shared.ics.Ics;
import org.allteach.shared.ics.IcsEvent;
import org.allteach.shared.ics.IcsMethod;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Events in people's private calendar feeds and the "Add to calendar" file: valid iCalendar, only what they see. */
class EventFeedTest extends IntegrationTestBase {

    @Autowired
    Events events;
    @Autowired
    List<CalendarFeedSource> feedSources;

    Scenario s;
    LocalDateTime nextWeek;

    @BeforeEach
    void createScenario() {
        s = scenarios.create();
        nextWeek = LocalDateTime.now().plusWeeks(1).withHour(11).truncatedTo(ChronoUnit.HOURS);
    }

    @Test
    void theFeedHasWhatThePersonSeesLeavesOutWhatTheyDeclinedAndMarksCancellations() throws Exception {
        long session = as(s.organiser(), () -> events.create(learningSession(s.collaborativeId(), nextWeek),
                Recurrence.times(Frequency.WEEKLY, 2)));
        long meetingA = as(s.leadA(), () -> events.create(teamMeeting(s.collaborativeId(), s.teamA(), nextWeek), null));
        long declined = as(s.organiser(), () -> events.create(learningSession(s.collaborativeId(), nextWeek.plusDays(1)),
                null));
        long hours = as(s.organiser(), () -> events.create(officeHours(s.collaborativeId(), Set.of(s.teamB()),
                nextWeek.plusDays(2), 1), null));
        as(s.participantB(), () -> events.respond(declined, false));
        as(s.organiser(), () -> events.respond(hours, true));
        as(s.participantB(), () -> events.respond(hours, true));
        as(s.organiser(), () -> events.cancel(session, EventScope.ONE));

        List<IcsEvent> entries = feedOf(s.participantB().id());

        assertThat(entries).extracting(IcsEvent::uid).contains("event-" + session + "@allteach", "event-" + hours
                + "@allteach").doesNotContain("event-" + meetingA + "@allteach", "event-" + declined + "@allteach");
        assertThat(entries).filteredOn(entry -> entry.uid().equals("event-" + session + "@allteach")).first()
                .extracting(IcsEvent::status).isEqualTo(IcsEvent.Status.CANCELLED);
        assertThat(entries).filteredOn(entry -> entry.uid().equals("event-" + hours + "@allteach")).first()
                .extracting(IcsEvent::status).isEqualTo(IcsEvent.Status.TENTATIVE);
        Calendar calendar = parse(Ics.calendar(IcsMethod.PUBLISH, "AllTeach", entries));
        assertThat(calendar.validate().getEntries()).isEmpty();
        assertThat(calendar.getComponents(VEvent.VEVENT)).hasSize(entries.size());
    }

    @Test
    void addToCalendarGivesOneValidEventWithItsLinkAndPage() throws Exception {
        long session = as(s.organiser(), () -> events.create(learningSession(s.collaborativeId(), nextWeek), null));

        Calendar calendar = parse(as(s.participantA(), () -> events.ics(session)));

        assertThat(calendar.validate().getEntries()).isEmpty();
        VEvent event = (VEvent) calendar.getComponents(VEvent.VEVENT).getFirst();
        assertThat(event.getSummary().getValue()).isEqualTo("Learning Session 2: REaL data");
        assertThat(event.getLocation().getValue()).isEqualTo("https://zoom.example.org/j/123");
        assertThat(event.getDescription().getValue()).contains("stratified run charts")
                .contains("/calendar/event/" + session);
        assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(as(s.participantA(),
                () -> events.event(session)).summary().start());
    }

    private List<IcsEvent> feedOf(long personId) {
        Instant now = Instant.now();
        return feedSources.stream().flatMap(source -> source.feedEntries(personId, now.minus(1, ChronoUnit.DAYS),
                now.plus(60, ChronoUnit.DAYS)).stream()).toList();
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }
}
