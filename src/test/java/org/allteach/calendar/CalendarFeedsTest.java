package org.allteach.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.allteach.shared.SecureToken;
import org.allteach.shared.ics.IcsEvent;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

/** Private calendar feeds, fetched over HTTP the way calendar programs do: no session, only the secret address. */
class CalendarFeedsTest extends IntegrationTestBase {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    CalendarFeeds feeds;
    @Autowired
    CalendarFeedTestSource source;
    @LocalServerPort
    int port;

    @Test
    void theFeedHasEveryFeedSourcesEntriesForThePersonAndValidates() throws Exception {
        Scenarios.Person anna = scenarios.newPerson("Anna Feed");
        Instant start = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
        source.give(anna.id(), List.of(
                entry("session-1@allteach.test", start, "Learning session 4: spread, scale; sustain 🎉",
                        "Bring your run chart.\nAgenda:\n" + "Discussion and questions ".repeat(8).strip()),
                entry("booking-2@allteach.test", start.plus(Duration.ofDays(1)), "Coaching call", null)));
        String url = as(anna, () -> feeds.mine()).url();

        HttpResponse<String> response = fetch(url);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/calendar").containsIgnoringCase("charset=UTF-8"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(cache ->
                assertThat(cache).contains("no-store").contains("private"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        assertThat(calendar.validate().getEntries()).isEmpty();
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("PUBLISH");
        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("AllTeach");
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(event -> event.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .containsExactly("Learning session 4: spread, scale; sustain 🎉", "Coaching call");
        assertThat(events.getFirst().getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .startsWith("Bring your run chart.\nAgenda:\nDiscussion");
    }

    @Test
    void theFeedAsksForTwoMonthsBackAndAYearAhead() throws Exception {
        Scenarios.Person ben = scenarios.newPerson("Ben Window");
        String url = as(ben, () -> feeds.mine()).url();
        Instant before = clock.instant();

        fetch(url);

        CalendarFeedTestSource.Window window = source.askedFor(ben.id());
        assertThat(window.from()).isBetween(before.minus(Duration.ofDays(60)), clock.instant().minus(Duration.ofDays(60)));
        assertThat(window.to()).isBetween(before.plus(Duration.ofDays(366)), clock.instant().plus(Duration.ofDays(366)));
    }

    @Test
    void aPersonsFeedHasOnlyTheirOwnEntries() throws Exception {
        Scenarios.Person cleo = scenarios.newPerson("Cleo Mine");
        Scenarios.Person dan = scenarios.newPerson("Dan Other");
        Instant start = clock.instant().plus(Duration.ofDays(1));
        source.give(dan.id(), List.of(entry("booking-dan@allteach.test", start, "Dan's private call", null)));
        String cleosUrl = as(cleo, () -> feeds.mine()).url();

        String body = fetch(cleosUrl).body();

        assertThat(body).doesNotContain("Dan's private call").doesNotContain("BEGIN:VEVENT");
    }

    @Test
    void resettingTheLinkMakesTheOldAddressAnswerNotFound() throws Exception {
        Scenarios.Person eve = scenarios.newPerson("Eve Reset");
        String old = as(eve, () -> feeds.mine()).url();
        assertThat(fetch(old).statusCode()).isEqualTo(200);

        String renewed = as(eve, () -> feeds.reset()).url();

        assertThat(renewed).isNotEqualTo(old);
        assertThat(fetch(old).statusCode()).isEqualTo(404);
        assertThat(fetch(renewed).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownAddressAnswersNotFound() throws Exception {
        HttpResponse<String> unknown = fetchPath("/calendar/feed/" + SecureToken.generate().value() + ".ics");
        HttpResponse<String> malformed = fetchPath("/calendar/feed/not-a-token.ics");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).doesNotContain("BEGIN:VCALENDAR");
        assertThat(malformed.statusCode()).isEqualTo(404);
    }

    @Test
    void theAddressIsMadeOnceAndShownOnlyThen() {
        Scenarios.Person finn = scenarios.newPerson("Finn Once");

        CalendarFeedLink first = as(finn, () -> feeds.mine());
        CalendarFeedLink later = as(finn, () -> feeds.mine());

        assertThat(first.url()).startsWith("http://localhost:8080/calendar/feed/").endsWith(".ics");
        assertThat(later.urlShown()).isFalse();
        assertThat(later.createdAt()).isEqualTo(first.createdAt());
        assertThat(later.lastFetchedAt()).isNull();
    }

    @Test
    void theDatabaseKeepsOnlyTheTokensHash() throws Exception {
        Scenarios.Person gus = scenarios.newPerson("Gus Hash");
        String url = as(gus, () -> feeds.mine()).url();
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());

        assertThat(feeds.feed(token)).isPresent();
        assertThat(feeds.feed(SecureToken.hash(token))).as("the stored hash is no key").isEmpty();
    }

    @Test
    void aFetchIsRecordedSoThePersonSeesTheirCalendarUsesIt() throws Exception {
        Scenarios.Person hal = scenarios.newPerson("Hal Fetched");
        String url = as(hal, () -> feeds.mine()).url();

        fetch(url);

        assertThat(as(hal, () -> feeds.mine()).lastFetchedAt()).isNotNull();
    }

    @Test
    void onlyASignedInPersonHasAFeed() {
        assertThatThrownBy(() -> feeds.mine()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feeds.reset()).isInstanceOf(AccessDeniedException.class);
    }

    private HttpResponse<String> fetch(String publicUrl) throws Exception {
        return fetchPath(URI.create(publicUrl).getPath());
    }

    private HttpResponse<String> fetchPath(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static IcsEvent entry(String uid, Instant start, String title, String description) {
        return new IcsEvent(uid, 0, start, start.plus(Duration.ofHours(1)), title, description, null, null,
                new IcsEvent.Person("Olivia Organiser", "olivia@example.org"), List.of(), IcsEvent.Status.CONFIRMED,
                start.minus(Duration.ofDays(7)));
    }
}
