package org.allteach.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.allteach.calendar.slots.AvailabilityPolicy;
import org.allteach.calendar.slots.DateOverride;
import org.allteach.calendar.slots.Slot;
import org.allteach.calendar.slots.TimeRange;
import org.allteach.calendar.slots.WeeklyRule;
import org.allteach.shared.InvalidInput;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class CoachingAvailabilityTest extends IntegrationTestBase {

    @Autowired
    CoachingAvailability availability;
    @Autowired
    CoachingCalls calls;

    Scenario s;

    @BeforeEach
    void scenario() {
        s = scenarios.create();
    }

    @Test
    void aCoachStartsFromASuggestionInTheirOwnZoneThatNobodyCanBookYet() {
        MyAvailability mine = as(s.coachA(), () -> availability.mine());

        assertThat(mine.saved()).isFalse();
        assertThat(mine.policy().zone().getId()).isEqualTo("America/Chicago");
        assertThat(mine.policy().weekly()).hasSize(10);
        assertThat(as(s.participantA(), () -> calls.myBookingChoices()).getFirst().coaches().getFirst().bookable())
                .isFalse();
    }

    @Test
    void savedSettingsComeBackAsTheyWereEntered() {
        LocalDate vacation = LocalDate.now().plusDays(10);
        LocalDate extra = LocalDate.now().plusDays(11);
        List<WeeklyRule> weekly = new ArrayList<>(CoachingFixtures.everyDay(Duration.ZERO, 3).weekly());
        weekly.add(new WeeklyRule(DayOfWeek.FRIDAY, LocalTime.of(21, 0), LocalTime.MIDNIGHT));
        AvailabilityPolicy entered = new AvailabilityPolicy(CoachingFixtures.CHICAGO, weekly,
                List.of(DateOverride.dayOff(vacation), new DateOverride(extra, List.of(
                        new TimeRange(LocalTime.of(7, 0), LocalTime.of(8, 0)),
                        new TimeRange(LocalTime.of(18, 0), LocalTime.of(19, 30))))),
                Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(24), 21, 3,
                List.of(Duration.ofMinutes(60), Duration.ofMinutes(30)), Duration.ofMinutes(15));

        as(s.coachA(), () -> availability.save(entered, " https://meet.example/carl "));
        MyAvailability saved = as(s.coachA(), () -> availability.mine());

        assertThat(saved.saved()).isTrue();
        assertThat(saved.meetingPlace()).isEqualTo("https://meet.example/carl");
        assertThat(saved.policy().weekly()).containsExactlyInAnyOrderElementsOf(weekly);
        assertThat(saved.policy().overrides()).containsExactlyInAnyOrderElementsOf(entered.overrides());
        assertThat(saved.policy().callLengths()).containsExactly(Duration.ofMinutes(30), Duration.ofMinutes(60));
        assertThat(saved.policy()).extracting(AvailabilityPolicy::bufferBefore, AvailabilityPolicy::bufferAfter,
                        AvailabilityPolicy::minimumNotice, AvailabilityPolicy::daysAhead,
                        AvailabilityPolicy::maxCallsPerDay, AvailabilityPolicy::startInterval)
                .containsExactly(Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(24), 21, 3,
                        Duration.ofMinutes(15));
    }

    @Test
    void overlappingRulesAndAnEndBeforeTheStartAreRefusedAndNothingIsSaved() {
        AvailabilityPolicy valid = CoachingFixtures.everyDay(Duration.ZERO, 4);
        List<WeeklyRule> overlapping = new ArrayList<>(valid.weekly());
        overlapping.add(new WeeklyRule(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(13, 0)));
        AvailabilityPolicy bad = new AvailabilityPolicy(valid.zone(), overlapping, List.of(new DateOverride(
                LocalDate.now().plusDays(3), List.of(new TimeRange(LocalTime.of(15, 0), LocalTime.of(9, 0))))),
                valid.bufferBefore(), Duration.ofMinutes(-5), valid.minimumNotice(), valid.daysAhead(),
                valid.maxCallsPerDay(), List.of(), valid.startInterval());

        assertThatThrownBy(() -> as(s.coachA(), () -> availability.save(bad, null)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsKeys("weekly", "overrides", "bufferAfter", "callLengths")
                        .hasEntrySatisfying("weekly", message -> assertThat(message).contains("overlaps"))
                        .hasEntrySatisfying("overrides", message -> assertThat(message)
                                .contains("the end must be later than the start")));
        assertThat(as(s.coachA(), () -> availability.mine()).saved()).isFalse();
    }

    @Test
    void aMeetingPlaceOnSeveralLinesIsRefused() {
        assertThatThrownBy(() -> as(s.coachA(), () -> availability.save(CoachingFixtures.everyDay(Duration.ZERO, 4),
                "https://meet.example/a\nhttps://meet.example/b")))
                .isInstanceOfSatisfying(InvalidInput.class,
                        invalid -> assertThat(invalid.fieldErrors()).containsKey("meetingPlace"));
    }

    @Test
    void onlyCoachesSetAvailability() {
        assertThatThrownBy(() -> as(s.participantA(), () -> availability.mine()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(s.organiser(), () -> availability.save(
                CoachingFixtures.everyDay(Duration.ZERO, 4), null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePreviewShowsUnsavedSettingsAroundTheCoachesBookedCalls() {
        as(s.coachA(), () -> availability.save(CoachingFixtures.everyDay(Duration.ZERO, 8), null));
        Instant from = clock.instant().plus(Duration.ofDays(2));
        Slot booked = as(s.participantA(), () -> calls.freeSlots(s.collaborativeId(), s.coachA().id(),
                Duration.ofMinutes(30), from, from.plus(Duration.ofDays(1)))).getFirst();
        as(s.participantA(), () -> calls.book(new NewBooking(s.collaborativeId(), s.coachA().id(),
                Duration.ofMinutes(30), booked.start(), "Our aim", null)));

        AvailabilityPolicy draft = CoachingFixtures.everyDay(Duration.ofMinutes(30), 8);
        List<Slot> preview = as(s.coachA(), () -> availability.preview(draft, Duration.ofMinutes(30), 7));

        assertThat(preview).isNotEmpty().noneMatch(slot -> slot.start().isBefore(booked.end().plus(Duration.ofMinutes(30)))
                && slot.end().isAfter(booked.start()));
        assertThat(as(s.coachA(), () -> availability.mine()).policy().bufferAfter()).isZero();
    }
}
