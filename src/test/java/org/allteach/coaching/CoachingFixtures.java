package org.allteach.coaching;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import org.allteach.calendar.slots.AvailabilityPolicy;
import org.allteach.calendar.slots.WeeklyRule;
import org.allteach.collaborative.Memberships;
import org.allteach.collaborative.Role;
import org.allteach.identity.ActingAs;
import org.allteach.support.Scenarios;

/** Coaches with availability, more participants, and the iCalendar parts of mails, for the coaching tests. */
public final class CoachingFixtures {

    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    private CoachingFixtures() {
    }

    /** Every day 08:00–20:00 in Chicago, no buffers, one hour's notice, 30 and 60 minute calls every half hour. */
    static AvailabilityPolicy everyDay(Duration bufferAfter, int maxCallsPerDay) {
        List<WeeklyRule> weekly = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            weekly.add(new WeeklyRule(day, LocalTime.of(8, 0), LocalTime.of(20, 0)));
        }
        return new AvailabilityPolicy(CHICAGO, weekly, List.of(), Duration.ZERO, bufferAfter, Duration.ofHours(1), 30,
                maxCallsPerDay, List.of(Duration.ofMinutes(30), Duration.ofMinutes(60)), Duration.ofMinutes(30));
    }

    /** More participants in a team, enrolled by the portal administrator. */
    static List<Scenarios.Person> participants(Scenarios scenarios, ActingAs actingAs, Memberships memberships,
                                                Scenarios.Scenario s, long teamId, int count) {
        List<Scenarios.Person> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(scenarios.newPerson("Pat Participant" + i));
        }
        actingAs.run(scenarios.admin().id(), () -> people.forEach(person ->
                memberships.enrol(s.collaborativeId(), teamId, person.id(), Role.PARTICIPANT)));
        return people;
    }

    /** The iCalendar invitation or cancellation a mail carries, parsed with ical4j. */
    public static Calendar calendarIn(MimeMessage message) {
        try {
            String text = icsText(message);
            if (text == null) {
                throw new AssertionError("No text/calendar part in mail \"" + message.getSubject() + "\"");
            }
            return new CalendarBuilder().build(new StringReader(text));
        } catch (MessagingException | IOException | ParserException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String icsText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/calendar")) {
            try (InputStream in = part.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = icsText(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    public static String property(net.fortuna.ical4j.model.PropertyListAccessor container, String name) {
        return container.<net.fortuna.ical4j.model.Property>getProperty(name).map(net.fortuna.ical4j.model.Property::getValue).orElse(null);
    }
}
