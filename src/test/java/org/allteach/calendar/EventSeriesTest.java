package org.allteach.calendar;

import static org.allteach.calendar.EventPlans.NEW_YORK;
import static org.allteach.calendar.EventPlans.learningSession;
import static org.allteach.calendar.EventPlans.withTimes;
import static org.allteach.calendar.EventPlans.withTitle;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;

import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Series: occurrences generated in the series' zone, and changed or cancelled one, from one on, or all. */
class EventSeriesTest extends IntegrationTestBase {

    @Autowired
    Events events;

    Scenario s;
    LocalDateTime nextTuesday;

    @BeforeEach
    void createScenario() {
        s = scenarios.create();
        nextTuesday = LocalDate.now(NEW_YORK).plusDays(2).with(TemporalAdjusters.next(DayOfWeek.TUESDAY))
                .atTime(10, 0);
    }

    @Test
    void aWeeklySeriesKeepsTenOClockInNewYorkAcrossTheSpringForwardWeekend() {
        LocalDate springForward = nextSpringForward();
        LocalDateTime start = springForward.minusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.TUESDAY))
                .atTime(10, 0);
        long first = as(s.organiser(), () -> events.create(learningSession(s.collaborativeId(), start),
                Recurrence.times(Frequency.WEEKLY, 4)));

        List<EventSummary> series = seriesOf(first);

        assertThat(series).hasSize(4);
        assertThat(series).extracting(event -> event.start().atZone(NEW_YORK).toLocalTime())
                .containsOnly(LocalTime.of(10, 0));
        assertThat(series).extracting(event -> event.start().atZone(NEW_YORK).getDayOfWeek())
                .containsOnly(DayOfWeek.TUESDAY);
        // in UTC the sessions after the change start an hour earlier
        assertThat(Duration.between(series.get(1).start(), series.get(2).start())).isEqualTo(Duration.ofDays(7)
                .minusHours(1));
        assertThat(series).allSatisfy(event -> assertThat(Duration.between(event.start(), event.end()))
                .isEqualTo(Duration.ofMinutes(90)));
        assertThat(as(s.participantA(), () -> events.event(first)).repeats()).startsWith("Weekly on Tuesday, 4 times");
    }

    @Test
    void changingThisAndFollowingLeavesEarlierOccurrencesAsTheyWere() {
        long first = as(s.organiser(), () -> events.create(learningSession(s.collaborativeId(), nextTuesday),
                Recurrence.times(Frequency.WEEKLY, 6)));
        List<EventSummary> before = seriesOf(first);
        long third = before.get(2).id();

        EventDraft draft = as(s.organiser(), () -> events.draft(third, EventScope.FOLLOWING));
        assertThat(draft.recurrence()).isEqualTo(Recurrence.times(Frequency.WEEKLY, 4));
        as(s.organiser(), () -> events.update(third, EventScope.FOLLOWING,
                withTitle(draft.details(), "Learning Session 2 (new room)"), draft.recurrence()));

        assertThat(seriesOf(first)).extracting(EventSummary::title).containsExactly("Learning Session 2: REaL data",
                "Learning Session 2: REaL data", "Learning Session 2 (new room)", "Learning Session 2 (new room)",
                "Learning Session 2 (new room)", "Learning Session 2 (new room)");
        assertThat(seriesOf(first)).extracting(EventSummary::start).isEqualTo(before.stream()
                .map(EventSummary::start).toList());
    }

    @Test
    void movingThisAndFollowingToTheAfternoonSplitsTheSeriesAndKeepsAnswers() {
        long first = as(s.organiser(), () -> events.create(learningSession(s.collaborativeId(), nextTuesday),
                Recurrence.times(Frequency.WEEKLY, 6)));
        List<EventSummary> before = seriesOf(first);
        long fourth = before.get(3).id();
        long fifth = before.get(4).id();
        as(s.participantA(), () -> events.respond(fifth, true));

        EventDraft draft = as(s.organiser(), () -> events.draft(fourth, EventScope.FOLLOWING));
        LocalDateTime afternoon = draft.details().start().withHour(14);
        as(s.organiser(), () -> events.update(fourth, EventScope.FOLLOWING, withTimes(draft.details(), afternoon,
                afternoon.plusMinutes(90)), draft.recurrence()));

        List<EventSummary> earlier = seriesOf(first);
        assertThat(earlier).hasSize(3).extracting(event -> event.start().atZone(NEW_YORK).getHour()).containsOnly(10);
        List<EventSummary> later = seriesOf(fourth);
        assertThat(later).hasSize(3).extracting(event -> event.start().atZone(NEW_YORK).getHour()).containsOnly(14);
        assertThat(later).extracting(EventSummary::id).containsExactly(fourth, fifth, before.get(5).id());
        assertThat(later.getFirst().seriesId()).isNotEqualTo(earlier.getFirst().seriesId());
        assertThat(as(s.participantA(), () -> events.event(fifth)).summary().myResponse()).isEqualTo(RsvpStatus.GOING);
        assertThat(as(s.participantA(), () -> events.event(first)).repeats()).contains("until");
    }

    @Test
    void changingAllToEveryTwoWeeksRemovesTheDroppedDatesAndCancelsThoseWithAnswers() {
        long first = as(s.organiser(), () -> events.create(learningSession(s.collaborativeId(), nextTuesday),
                Recurrence.times(Frequency.WEEKLY, 4)));
        List<EventSummary> before = seriesOf(first);
        as(s.participantB(), () -> events.respond(before.get(1).id(), true));

        EventDraft draft = as(s.organiser(), () -> events.draft(before.get(2).id(), EventScope.ALL));
        assertThat(draft.details().start()).isEqualTo(nextTuesday);
        as(s.organiser(), () -> events.update(before.get(2).id(), EventScope.ALL, draft.details(),
                Recurrence.times(Frequency.EVERY_TWO_WEEKS, 2)));

        List<EventSummary> after = seriesOf(first);
        assertThat(after.stream().filter(event -> !event.cancelled())).extracting(EventSummary::id)
                .containsExactly(before.get(0).id(), before.get(2).id());
        assertThat(after.stream().filter(EventSummary::cancelled)).extracting(EventSummary::id)
                .containsExactly(before.get(1).id());
        assertThat(after).extracting(EventSummary::id).doesNotContain(before.get(3).id());
    }

    @Test
    void cancellingThisAndFollowingKeepsTheEarlierOnes() {
        long first = as(s.organiser(), () -> events.create(learningSession(s.collaborativeId(), nextTuesday),
                Recurrence.times(Frequency.MONTHLY_ON_DATE, 4)));
        List<EventSummary> before = seriesOf(first);

        as(s.organiser(), () -> events.cancel(before.get(1).id(), EventScope.FOLLOWING));

        assertThat(seriesOf(first)).extracting(EventSummary::cancelled).containsExactly(false, true, true, true);
        as(s.organiser(), () -> events.cancel(first, EventScope.ONE));
        assertThat(seriesOf(first)).extracting(EventSummary::cancelled).containsOnly(true);
        assertThat(as(s.participantA(), () -> events.upcoming(10))).extracting(EventSummary::id)
                .doesNotContain(first);
    }

    @Test
    void changingOneOccurrenceMovesOnlyIt() {
        long first = as(s.organiser(), () -> events.create(learningSession(s.collaborativeId(), nextTuesday),
                Recurrence.times(Frequency.WEEKLY, 3)));
        long second = seriesOf(first).get(1).id();

        EventDraft draft = as(s.organiser(), () -> events.draft(second, EventScope.ONE));
        assertThat(draft.recurrence()).isNull();
        assertThat(draft.partOfSeries()).isTrue();
        LocalDateTime thursday = draft.details().start().plusDays(2);
        as(s.organiser(), () -> events.update(second, EventScope.ONE, withTimes(draft.details(), thursday,
                thursday.plusHours(1)), null));

        assertThat(seriesOf(first)).extracting(event -> event.start().atZone(NEW_YORK).getDayOfWeek())
                .containsExactly(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.TUESDAY);
    }

    @Test
    void aSingleEventBecomesASeriesWhenItGetsARule() {
        long single = as(s.organiser(), () -> events.create(learningSession(s.collaborativeId(), nextTuesday), null));

        EventDraft draft = as(s.organiser(), () -> events.draft(single, EventScope.ALL));
        assertThat(draft.partOfSeries()).isFalse();
        as(s.organiser(), () -> events.update(single, EventScope.ALL, draft.details(),
                Recurrence.times(Frequency.MONTHLY_ON_WEEKDAY, 3)));

        assertThat(seriesOf(single)).hasSize(3).first().extracting(EventSummary::id).isEqualTo(single);
    }

    private List<EventSummary> seriesOf(long eventId) {
        Long seriesId = as(s.organiser(), () -> events.event(eventId)).summary().seriesId();
        Instant now = Instant.now();
        return as(s.organiser(), () -> events.between(now.minus(1, ChronoUnit.DAYS), now.plus(800, ChronoUnit.DAYS),
                CalendarFilter.EVERYTHING)).stream().filter(event -> seriesId.equals(event.seriesId())).toList();
    }

    /** The date New York next moves its clocks forward, at least three weeks from now. */
    private static LocalDate nextSpringForward() {
        Instant from = Instant.now().plus(21, ChronoUnit.DAYS);
        ZoneOffsetTransition transition = NEW_YORK.getRules().nextTransition(from);
        while (!transition.isGap()) {
            transition = NEW_YORK.getRules().nextTransition(transition.getInstant());
        }
        return ZonedDateTime.ofInstant(transition.getInstant(), NEW_YORK).toLocalDate();
    }
}
