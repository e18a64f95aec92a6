package org.allteach.shared.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import org.junit.jupiter.api.Test;

class IcsTest {

    private static final Instant START = Instant.parse("2026-03-08T15:00:00Z");
    private static final Instant CHANGED = Instant.parse("2026-03-01T10:15:30Z");
    private static final IcsEvent.Person COACH = new IcsEvent.Person("Anna Coach, RN", "anna@example.org");
    private static final IcsEvent.Person LEAD = new IcsEvent.Person("Ben; Lead", "ben@example.org");

    @Test
    void textWithCommasSemicolonsNewlinesEmojiAndLongLinesComesBackUnchanged() throws Exception {
        String summary = "Office hours: spread, scale; sustain 🎉";
        String description = "Agenda:\n1. Run charts, SPC; annotations\n2. Next PDSA 🚀\n"
                + String.join(" ", java.util.Collections.nCopies(40, "Long line")) + "\n" + "🚀".repeat(101);
        String location = "Room 4, Building B; or https://meet.example.org/abc?x=1&y=2";
        IcsEvent event = event("session-1@allteach", summary, description, location);

        // through bytes, as a calendar program receives it: a fold must not cut an emoji in half
        String ics = new String(Ics.calendar(IcsMethod.PUBLISH, "AllTeach", List.of(event))
                .getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        VEvent parsed = onlyEvent(parse(ics));

        assertThat(parsed.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo(summary);
        assertThat(parsed.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).isEqualTo(description);
        assertThat(parsed.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo(location);
        // ical4j folds at 73 characters (not octets, so a line of emoji is longer in bytes; parsers accept that)
        assertThat(ics.split("\r\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(75));
        assertThat(ics).contains("\r\n ").contains("Room 4\\, Building B\\; or");
    }

    @Test
    void everyMethodValidatesWithIcal4j() throws Exception {
        IcsEvent event = event("booking-42@allteach", "Coaching call", "Agenda", "https://meet.example.org/x");
        for (IcsMethod method : IcsMethod.values()) {
            Calendar calendar = parse(Ics.calendar(method, null, List.of(event)));

            assertThat(calendar.validate().getEntries()).as(method.name()).isEmpty();
            assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo(method.name());
        }
    }

    @Test
    void writesTheFieldsCalendarsMatchUpdatesByInUtc() throws Exception {
        IcsEvent event = new IcsEvent("booking-42@allteach", 3, START, START.plus(Duration.ofMinutes(30)),
                "Coaching call", null, null, "https://allteach.example.org/coaching/bookings/42", COACH,
                List.of(LEAD), IcsEvent.Status.CONFIRMED, CHANGED);

        String ics = Ics.calendar(IcsMethod.REQUEST, null, List.of(event));
        VEvent parsed = onlyEvent(parse(ics));

        assertThat(ics).contains("DTSTART:20260308T150000Z", "DTEND:20260308T153000Z",
                "DTSTAMP:20260301T101530Z", "LAST-MODIFIED:20260301T101530Z", "SEQUENCE:3", "STATUS:CONFIRMED",
                "UID:booking-42@allteach", "URL:https://allteach.example.org/coaching/bookings/42");
        Property organizer = parsed.getProperty(Property.ORGANIZER).orElseThrow();
        assertThat(organizer.getValue()).isEqualTo("mailto:anna@example.org");
        assertThat(organizer.<Cn>getParameter("CN").orElseThrow().getValue()).isEqualTo("Anna Coach, RN");
        Property attendee = parsed.getProperty(Property.ATTENDEE).orElseThrow();
        assertThat(attendee.getValue()).isEqualTo("mailto:ben@example.org");
        assertThat(attendee.<Cn>getParameter("CN").orElseThrow().getValue()).isEqualTo("Ben; Lead");
        assertThat(ics).doesNotContain("DESCRIPTION", "LOCATION", "X-WR-CALNAME");
    }

    @Test
    void theSameEntryGivesTheSameText() {
        IcsEvent event = event("session-7@allteach", "Learning session", null, null);

        assertThat(Ics.calendar(IcsMethod.PUBLISH, "AllTeach", List.of(event)))
                .isEqualTo(Ics.calendar(IcsMethod.PUBLISH, "AllTeach", List.of(event)));
    }

    @Test
    void aCancellationMarksEveryEventCancelled() throws Exception {
        IcsEvent event = event("booking-9@allteach", "Coaching call", null, null);

        VEvent parsed = onlyEvent(parse(Ics.calendar(IcsMethod.CANCEL, null, List.of(event))));

        assertThat(parsed.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
    }

    @Test
    void aFeedNamesItselfAndAsksToBeRefreshed() throws Exception {
        Calendar feed = parse(Ics.calendar(IcsMethod.PUBLISH, "AllTeach – Anna",
                List.of(event("a@allteach", "One", null, null), event("b@allteach", "Two", null, null))));

        assertThat(feed.validate().getEntries()).isEmpty();
        assertThat(feed.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("AllTeach – Anna");
        assertThat(feed.getProperty("REFRESH-INTERVAL").orElseThrow().getValue()).isEqualTo("PT1H");
        assertThat(feed.getProperty("X-PUBLISHED-TTL").orElseThrow().getValue()).isEqualTo("PT1H");
        assertThat(feed.getComponents("VEVENT")).hasSize(2);
    }

    @Test
    void anEmptyFeedIsAnEmptyCalendarAsGoogleAndOutlookPublishThem() throws Exception {
        Calendar feed = parse(Ics.calendar(IcsMethod.PUBLISH, "AllTeach", List.of()));

        assertThat(feed.getComponents()).isEmpty();
        // RFC 5545's grammar wants one component; calendar programs take an empty feed (nothing planned) as is
        assertThat(feed.validate().getEntries()).singleElement()
                .satisfies(entry -> assertThat(entry.getMessage()).contains("at least one component"));
    }

    @Test
    void anInvitationWithoutAttendeesIsAProgrammingError() {
        IcsEvent nobodyInvited = new IcsEvent("x@allteach", 0, START, START.plusSeconds(1800), "Call", null, null,
                null, COACH, List.of(), IcsEvent.Status.CONFIRMED, CHANGED);

        assertThatThrownBy(() -> Ics.calendar(IcsMethod.REQUEST, null, List.of(nobodyInvited)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEventEndsAfterItStarts() {
        assertThatThrownBy(() -> new IcsEvent("x@allteach", 0, START, START, "Call", null, null, null, COACH,
                List.of(), IcsEvent.Status.CONFIRMED, CHANGED)).isInstanceOf(IllegalArgumentException.class);
    }

    private static IcsEvent event(String uid, String summary, String description, String location) {
        return new IcsEvent(uid, 0, START, START.plus(Duration.ofHours(1)), summary, description, location,
                "https://allteach.example.org/calendar/events/1", COACH, List.of(LEAD), IcsEvent.Status.CONFIRMED,
                CHANGED);
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.getFirst();
    }
}
