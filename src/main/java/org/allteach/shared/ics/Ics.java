package org.allteach.shared.ics;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes iCalendar text (RFC 5545) with ical4j: times in UTC (no time zone definitions needed; calendars show them
 * in the reader's zone), line folding and escaping of commas, semicolons and newlines left to ical4j.
 */
public final class Ics {

    /** The media type of a feed or a download; invitations in mail add {@code method=...}. */
    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";

    /** How often subscribed calendars are asked to fetch a feed again (most poll less often whatever we say). */
    static final Duration FEED_REFRESH = Duration.ofHours(1);

    private static final String PRODUCT_ID = "-//AllTeach//AllTeach Calendar//EN";

    private Ics() {
    }

    /**
     * A calendar with these events.
     *
     * @param method       PUBLISH for feeds and downloads, REQUEST for invitations, CANCEL for cancellations
     * @param calendarName the name calendars show for a subscribed feed (X-WR-CALNAME, with a refresh interval);
     *                     null for an invitation or a single download
     */
    public static String calendar(IcsMethod method, String calendarName, List<IcsEvent> events) {
        Calendar calendar = new Calendar()
                .withProdId(PRODUCT_ID)
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withProperty(new Method(method.name()))
                .getFluentTarget();
        if (calendarName != null) {
            calendar.add(new XProperty("X-WR-CALNAME", calendarName));
            calendar.add(new RefreshInterval(new ParameterList(List.of(
                    new net.fortuna.ical4j.model.parameter.Value("DURATION"))), FEED_REFRESH));
            calendar.add(new XProperty("X-PUBLISHED-TTL", FEED_REFRESH.toString()));
        }
        for (IcsEvent event : events) {
            if (method != IcsMethod.PUBLISH && event.attendees().isEmpty()) {
                throw new IllegalArgumentException("An invitation or cancellation needs an attendee: " + event.uid());
            }
            calendar.add(vevent(event, method));
        }
        StringWriter text = new StringWriter();
        try {
            // validate = false: the tests validate; a feed must not fail for one odd entry in production
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static VEvent vevent(IcsEvent event, IcsMethod method) {
        VEvent vevent = new VEvent(false);
        vevent.add(new Uid(event.uid()));
        vevent.add(new DtStamp(event.lastModified()));
        vevent.add(new DtStart<>(event.start()));
        vevent.add(new DtEnd<>(event.end()));
        vevent.add(new Sequence(event.sequence()));
        vevent.add(new LastModified(event.lastModified()));
        vevent.add(new Summary(event.summary()));
        IcsEvent.Status status = method == IcsMethod.CANCEL ? IcsEvent.Status.CANCELLED : event.status();
        vevent.add(new Status(status.name()));
        if (event.description() != null && !event.description().isBlank()) {
            vevent.add(new Description(event.description()));
        }
        if (event.location() != null && !event.location().isBlank()) {
            vevent.add(new Location(event.location()));
        }
        if (event.url() != null && !event.url().isBlank()) {
            vevent.add(new Url(URI.create(event.url())));
        }
        vevent.add(new Organizer(new ParameterList(List.of(new Cn(event.organizer().name()))),
                mailto(event.organizer().email())));
        for (IcsEvent.Person attendee : event.attendees()) {
            vevent.add(new Attendee(new ParameterList(List.of(new Cn(attendee.name()), Role.REQ_PARTICIPANT,
                    PartStat.ACCEPTED)), mailto(attendee.email())));
        }
        return vevent;
    }

    private static URI mailto(String email) {
        return URI.create("mailto:" + email);
    }
}
