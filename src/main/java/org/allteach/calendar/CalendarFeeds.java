package org.allteach.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.allteach.calendar.internal.CalendarFeed;
import org.allteach.calendar.internal.CalendarFeedRepository;
import org.allteach.identity.CurrentPerson;
import org.allteach.shared.PublicLinks;
import org.allteach.shared.SecureToken;
import org.allteach.shared.ics.Ics;
import org.allteach.shared.ics.IcsEvent;
import org.allteach.shared.ics.IcsMethod;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Each person's private calendar feed: a secret address that Google Calendar, Outlook or Apple Calendar subscribe to.
 * The address carries a random token; the database keeps only its hash (like emailed links), so a leaked database
 * opens no one's calendar, and the address can be shown only when it is made.
 */
@Service
public class CalendarFeeds {

    /** The feed covers this much of the past, so last month's sessions stay in subscribed calendars ... */
    static final Duration PAST = Duration.ofDays(60);
    /** ... and this much of the future. */
    static final Duration AHEAD = Duration.ofDays(366);

    static final String CALENDAR_NAME = "AllTeach";

    private final CalendarFeedRepository feeds;
    private final ObjectProvider<CalendarFeedSource> sources;
    private final CurrentPerson currentPerson;
    private final PublicLinks links;
    private final Clock clock;

    CalendarFeeds(CalendarFeedRepository feeds, ObjectProvider<CalendarFeedSource> sources,
                  CurrentPerson currentPerson, PublicLinks links, Clock clock) {
        this.feeds = feeds;
        this.sources = sources;
        this.currentPerson = currentPerson;
        this.links = links;
        this.clock = clock;
    }

    /** The signed-in person's feed, made now if they had none (then its address is shown, this once). */
    public CalendarFeedLink mine() {
        long personId = currentPerson.requireId();
        SecureToken token = SecureToken.generate();
        boolean made = feeds.createIfMissing(personId, token.hash(), clock.instant()) == 1;
        CalendarFeed feed = feeds.findById(personId).orElseThrow();
        return new CalendarFeedLink(made ? url(token) : null, feed.getCreatedAt(), feed.getLastFetchedAt());
    }

    /** A new secret address for the signed-in person's feed; the old one stops working at once. */
    public CalendarFeedLink reset() {
        long personId = currentPerson.requireId();
        SecureToken token = SecureToken.generate();
        Instant now = clock.instant();
        feeds.replaceToken(personId, token.hash(), now);
        return new CalendarFeedLink(url(token), now, null);
    }

    /**
     * The feed's iCalendar text for the token from its address, or empty for a token that is unknown (never made,
     * or replaced by a reset). Asks every {@link CalendarFeedSource} for the person's entries.
     */
    public Optional<String> feed(String token) {
        Optional<CalendarFeed> feed = feeds.findByTokenHash(SecureToken.hash(token));
        if (feed.isEmpty()) {
            return Optional.empty();
        }
        long personId = feed.get().getPersonId();
        Instant now = clock.instant();
        feeds.markFetched(personId, now);
        List<IcsEvent> entries = new ArrayList<>();
        // One source failing fails the feed: calendars then keep what they had, instead of dropping its entries
        // as if they were cancelled.
        sources.orderedStream().forEach(source -> entries.addAll(source.feedEntries(personId, now.minus(PAST),
                now.plus(AHEAD))));
        entries.sort(Comparator.comparing(IcsEvent::start).thenComparing(IcsEvent::uid));
        return Optional.of(Ics.calendar(IcsMethod.PUBLISH, CALENDAR_NAME, entries));
    }

    private String url(SecureToken token) {
        return links.to(CalendarFeedController.PATH_PREFIX + token.value() + ".ics");
    }
}
