package org.allteach.credits;

import java.math.BigDecimal;
import java.time.Duration;
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
import org.allteach.support.Scenarios.Scenario;
import org.allteach.support.TestClock;

/**
 * CE credit set up through the services, for view tests: a 90-minute learning session offering 1.5 AMA PRA Category 1
 * credits or a certificate of participation, its activity, and participant A (a physician, MD) attending it.
 * Built by the test from its injected beans (not a bean itself: test classes are on the scanned classpath).
 */
public class CreditFixtures {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final Scenarios scenarios;
    private final ActingAs actingAs;
    private final TestClock clock;
    private final Events events;
    private final Attendance attendance;
    private final CreditActivities activities;
    private final CreditClaims claims;
    private final Accounts accounts;

    public CreditFixtures(Scenarios scenarios, ActingAs actingAs, TestClock clock, Events events, Attendance attendance,
                   CreditActivities activities, CreditClaims claims, Accounts accounts) {
        this.scenarios = scenarios;
        this.actingAs = actingAs;
        this.clock = clock;
        this.events = events;
        this.attendance = attendance;
        this.activities = activities;
        this.claims = claims;
        this.accounts = accounts;
    }

    /** A planned session with its CE activity. */
    public record Planned(Scenario scenario, long sessionId, long activityId) {
    }

    public Planned plan() {
        Scenario s = scenarios.create();
        LocalDateTime start = ZonedDateTime.now(clock.withZone(NEW_YORK)).plusHours(2)
                .truncatedTo(ChronoUnit.MINUTES).toLocalDateTime();
        long session = actingAs.call(s.organiser().id(), () -> events.create(new EventDetails(s.collaborativeId(),
                EventKind.LEARNING_SESSION, "Learning Session 2: REaL data", "Run charts", start,
                start.plusMinutes(90), NEW_YORK, "https://zoom.example.org/j/123", null, Audience.COLLABORATIVE,
                Set.of(), null, List.of()), null));
        long activity = actingAs.call(s.organiser().id(), () -> activities.create(details(s.collaborativeId(),
                session)));
        actingAs.run(s.participantA().id(), () -> accounts.updateMyProfessionalDetails(Profession.PHYSICIAN, "MD"));
        return new Planned(s, session, activity);
    }

    /**
     * The activity "Learning Session 2" for this event, offering 1.5 AMA PRA Category 1 credits or a certificate of
     * participation, with the starting point's evaluation.
     */
    public static ActivityDetails details(long collaborativeId, long eventId) {
        ActivityDetails defaults = ActivityDetails.startingPoint(collaborativeId, "Lakeside Health CME");
        return new ActivityDetails(collaborativeId, "Learning Session 2", new ActivityLink(ActivityLink.Kind.EVENT,
                eventId), defaults.provider(), Map.of(CreditType.AMA_PRA_CATEGORY_1, new BigDecimal("1.5"),
                CreditType.PARTICIPATION, new BigDecimal("1.5")), defaults.accreditationStatement(),
                ActivityDetails.defaultDesignationStatement("Lakeside Health CME", ActivityLink.Kind.EVENT,
                        new BigDecimal("1.5")), List.of("Dr. Ana Lee: nothing to disclose"), 30,
                defaults.evaluation());
    }

    /** A planned session that participant A attended for {@code minutes}. */
    public Planned attended(int minutes) {
        Planned planned = plan();
        attend(planned, minutes);
        return planned;
    }

    /** The host marks participant A present for {@code minutes} as the session ends. */
    public void attend(Planned planned, int minutes) {
        clock.advance(Duration.ofMinutes(210));
        actingAs.run(planned.scenario().organiser().id(), () -> attendance.markPresent(planned.sessionId(),
                planned.scenario().participantA().id(), minutes));
    }

    /** Participant A completes the evaluation: 4 on every statement, a sentence for every question. */
    public void evaluate(Planned planned) {
        actingAs.run(planned.scenario().participantA().id(), () -> {
            Map<Long, Integer> ratings = new HashMap<>();
            Map<Long, String> texts = new HashMap<>();
            claims.evaluationForm(planned.activityId()).forEach(item -> {
                if (item.kind() == EvaluationItem.Kind.LIKERT) {
                    ratings.put(item.id(), 4);
                } else {
                    texts.put(item.id(), "Stratify our data by language.");
                }
            });
            claims.submitEvaluation(planned.activityId(), ratings, texts);
        });
    }

    /** Participant A completes the evaluation and claims this credit; the certificate's id. */
    public long claimed(Planned planned, CreditType type, BigDecimal hours) {
        evaluate(planned);
        return actingAs.call(planned.scenario().participantA().id(), () -> claims.claim(planned.activityId(), type,
                hours));
    }
}
