package org.allteach.credits;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allteach.calendar.Attendance;
import org.allteach.calendar.Audience;
import org.allteach.calendar.EventDetails;
import org.allteach.calendar.EventKind;
import org.allteach.calendar.Events;
import org.allteach.identity.Accounts;
import org.allteach.identity.ActingAs;
import org.allteach.identity.Profession;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Person;
import org.allteach.support.Scenarios.Scenario;
import org.allteach.support.TestClock;

/**
 * A collaborative's credit for the reports, built through the services (not a bean: test classes are scanned).
 * <p>Learning Session 1 (90 minutes; AMA 1.5, ANCC 1.5, participation 1.5) is attended by participant A (physician,
 * team A: AMA 1.5 and participation 1.5), the lead of team A (nurse: ANCC 1.25), participant B (physician, team B:
 * AMA 1), coach A (no profession, no team: participation 1.5) and the organiser (no claim). Forty days later
 * Learning Session 2 (AMA 2) is attended by participant A, who claims AMA 2.
 */
public class ReportFixtures {

    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    private final Scenarios scenarios;
    private final ActingAs actingAs;
    private final TestClock clock;
    private final Events events;
    private final Attendance attendance;
    private final CreditActivities activities;
    private final CreditClaims claims;
    private final Accounts accounts;

    public ReportFixtures(Scenarios scenarios, ActingAs actingAs, TestClock clock, Events events,
                          Attendance attendance, CreditActivities activities, CreditClaims claims,
                          Accounts accounts) {
        this.scenarios = scenarios;
        this.actingAs = actingAs;
        this.clock = clock;
        this.events = events;
        this.attendance = attendance;
        this.activities = activities;
        this.claims = claims;
        this.accounts = accounts;
    }

    /**
     * The built credit.
     *
     * @param session1Day the organisers' (Chicago) day Learning Session 1 was held
     */
    public record Built(Scenario scenario, long session1, long session2, LocalDate session1Day,
                        LocalDate session2Day) {
        /** A period holding only Learning Session 1 and its claims. */
        public ReportPeriod first() {
            return new ReportPeriod(session1Day.minusDays(1), session1Day.plusDays(1));
        }

        /** A period holding both sessions. */
        public ReportPeriod both() {
            return new ReportPeriod(session1Day.minusDays(1), session2Day.plusDays(1));
        }
    }

    public Built build() {
        Scenario s = scenarios.create();
        actingAs.run(s.leadA().id(), () -> accounts.updateMyProfessionalDetails(Profession.NURSE, "RN"));
        actingAs.run(s.participantB().id(), () -> accounts.updateMyProfessionalDetails(Profession.PHYSICIAN, "DO"));

        Session first = session(s, "Learning Session 1", Map.of(CreditType.AMA_PRA_CATEGORY_1, "1.5",
                CreditType.ANCC_CONTACT_HOURS, "1.5", CreditType.PARTICIPATION, "1.5"));
        clock.advance(Duration.ofMinutes(210));
        for (Person person : List.of(s.participantA(), s.leadA(), s.participantB(), s.coachA(), s.organiser())) {
            actingAs.run(s.organiser().id(), () -> attendance.markPresent(first.eventId, person.id(), null));
        }
        actingAs.run(s.participantA().id(), () -> accounts.updateMyProfessionalDetails(Profession.PHYSICIAN, "MD"));
        claim(s.participantA(), first.activityId, CreditType.AMA_PRA_CATEGORY_1, "1.5");
        claim(s.organiser(), first.activityId, CreditType.PARTICIPATION, "1.5");
        claim(s.leadA(), first.activityId, CreditType.ANCC_CONTACT_HOURS, "1.25");
        claim(s.participantB(), first.activityId, CreditType.AMA_PRA_CATEGORY_1, "1");
        claim(s.coachA(), first.activityId, CreditType.PARTICIPATION, "1.5");

        clock.advance(Duration.ofDays(40));
        Session second = session(s, "Learning Session 2", Map.of(CreditType.AMA_PRA_CATEGORY_1, "2"));
        clock.advance(Duration.ofMinutes(210));
        actingAs.run(s.organiser().id(), () -> attendance.markPresent(second.eventId, s.participantA().id(), null));
        claim(s.participantA(), second.activityId, CreditType.AMA_PRA_CATEGORY_1, "2");
        return new Built(s, first.activityId, second.activityId, first.day, second.day);
    }

    private record Session(long eventId, long activityId, LocalDate day) {
    }

    /** A session of {@code hours} (1.5 or 2) two hours from now with its CE activity. */
    private Session session(Scenario s, String title, Map<CreditType, String> offers) {
        ZonedDateTime start = ZonedDateTime.now(clock.withZone(CHICAGO)).plusHours(2).truncatedTo(ChronoUnit.MINUTES);
        BigDecimal most = offers.values().stream().map(BigDecimal::new).max(BigDecimal::compareTo).orElseThrow();
        LocalDateTime from = start.toLocalDateTime();
        long event = actingAs.call(s.organiser().id(), () -> events.create(new EventDetails(s.collaborativeId(),
                EventKind.LEARNING_SESSION, title, "Run charts", from,
                from.plusMinutes(most.multiply(BigDecimal.valueOf(60)).longValue()), CHICAGO,
                "https://zoom.example.org/j/123", null, Audience.COLLABORATIVE, Set.of(), null, List.of()), null));
        ActivityDetails defaults = ActivityDetails.startingPoint(s.collaborativeId(), "Lakeside Health CME");
        Map<CreditType, BigDecimal> offered = new HashMap<>();
        offers.forEach((type, hours) -> offered.put(type, new BigDecimal(hours)));
        long activity = actingAs.call(s.organiser().id(), () -> activities.create(new ActivityDetails(
                s.collaborativeId(), title, new ActivityLink(ActivityLink.Kind.EVENT, event), defaults.provider(),
                offered, defaults.accreditationStatement(), ActivityDetails.defaultDesignationStatement(
                        "Lakeside Health CME", ActivityLink.Kind.EVENT, most), List.of(), 30,
                defaults.evaluation())));
        return new Session(event, activity, start.toLocalDate());
    }

    /** The person completes the evaluation (once) and claims the hours. */
    private void claim(Person person, long activityId, CreditType type, String hours) {
        actingAs.run(person.id(), () -> {
            if (!claims.myActivity(activityId).evaluated()) {
                Map<Long, Integer> ratings = new HashMap<>();
                Map<Long, String> texts = new HashMap<>();
                claims.evaluationForm(activityId).forEach(item -> {
                    if (item.kind() == EvaluationItem.Kind.LIKERT) {
                        ratings.put(item.id(), 4);
                    } else {
                        texts.put(item.id(), "Stratify our data by language.");
                    }
                });
                claims.submitEvaluation(activityId, ratings, texts);
            }
            claims.claim(activityId, type, new BigDecimal(hours));
        });
    }
}
