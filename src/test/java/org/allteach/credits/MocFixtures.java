package org.allteach.credits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.allteach.identity.Accounts;
import org.allteach.identity.ActingAs;
import org.allteach.identity.Profession;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Scenario;

/**
 * A collaborative's QI project offered for 20 MOC Part IV points (or a certificate of participation), with no
 * evaluation, and participant A a physician. Built by the test from its injected beans.
 */
public class MocFixtures {

    public static final String AIMS = "Raise blood-pressure control among our hypertensive patients from 58% to 70%"
            + " by December, with equal gains for Spanish-speaking patients.";
    public static final String ROLE = "I led the PDSA cycles on standardised BP measurement and reviewed our run"
            + " chart with the team every month.";

    private final Scenarios scenarios;
    private final ActingAs actingAs;
    private final CreditActivities activities;
    private final Accounts accounts;

    public MocFixtures(Scenarios scenarios, ActingAs actingAs, CreditActivities activities, Accounts accounts) {
        this.scenarios = scenarios;
        this.actingAs = actingAs;
        this.activities = activities;
        this.accounts = accounts;
    }

    public record Project(Scenario scenario, long activityId) {
    }

    public Project project() {
        Scenario s = scenarios.create();
        ActivityDetails defaults = ActivityDetails.startingPoint(s.collaborativeId(), "Lakeside Health CME");
        long activity = actingAs.call(s.organiser().id(), () -> activities.create(new ActivityDetails(
                s.collaborativeId(), "Hypertension control QI project", new ActivityLink(ActivityLink.Kind.QI_PROJECT,
                s.collaborativeId()), defaults.provider(), Map.of(CreditType.MOC_PART_IV, new BigDecimal("20"),
                CreditType.PARTICIPATION, new BigDecimal("20")), defaults.accreditationStatement(),
                ActivityDetails.defaultDesignationStatement("Lakeside Health CME", ActivityLink.Kind.QI_PROJECT,
                        new BigDecimal("20")), List.of(), 60, List.of())));
        actingAs.run(s.participantA().id(), () -> accounts.updateMyProfessionalDetails(Profession.PHYSICIAN, "MD"));
        return new Project(s, activity);
    }

    /** Participation from the collaborative's first month to this one, as participant A's team would put it. */
    public static AttestationDetails details() {
        // Scenarios start collaboratives two months ago.
        return new AttestationDetails(null, YearMonth.from(LocalDate.now().minusMonths(2)), YearMonth.now(), AIMS,
                ROLE, true);
    }
}
