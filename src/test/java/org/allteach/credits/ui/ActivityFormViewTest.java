package org.allteach.credits.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.allteach.calendar.Attendance;
import org.allteach.calendar.Audience;
import org.allteach.calendar.EventDetails;
import org.allteach.calendar.EventKind;
import org.allteach.calendar.Events;
import org.allteach.calendar.Frequency;
import org.allteach.calendar.Recurrence;
import org.allteach.credits.ActivityLink;
import org.allteach.credits.CreditActivities;
import org.allteach.credits.CreditClaims;
import org.allteach.credits.CreditFixtures;
import org.allteach.credits.CreditType;
import org.allteach.credits.WindowExtensionRecord;
import org.allteach.identity.Accounts;
import org.allteach.identity.ActingAs;
import org.allteach.support.AllTeachTest;
import org.allteach.support.Scenarios;
import org.allteach.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The organisers' CE activity pages without a browser: planning an activity, and extending a claim window. */
@AllTeachTest
class ActivityFormViewTest extends SpringBrowserlessTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    ActingAs actingAs;
    @Autowired
    TestClock clock;
    @Autowired
    Events events;
    @Autowired
    Attendance attendance;
    @Autowired
    CreditActivities activities;
    @Autowired
    CreditClaims claims;
    @Autowired
    Accounts accounts;

    CreditFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CreditFixtures(scenarios, actingAs, clock, events, attendance, activities, claims, accounts);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPlaceholderLeftInTheStatementsIsRefusedNextToItAndWhatWasTypedStaysUntilFixed() {
        CreditFixtures.Planned planned = fixtures.plan();
        long collaborativeId = planned.scenario().collaborativeId();
        actingAs.run(planned.scenario().organiser().id(), () -> {
            ActivityFormView form = navigate("credits/activities/new", ActivityFormView.class);
            assertThat(form.accreditation.getValue()).startsWith("[Provider] is accredited");
            assertThat(form.evaluationItems).hasSize(6);
            test(form.title).setValue("Learning Session 2: nursing contact hours");
            form.event.setValue(form.event.getListDataView().getItems().filter(e -> e.id() == planned.sessionId())
                    .findFirst().orElseThrow());
            test(form.provider).setValue("Lakeside Health CME");
            form.offered.setValue(Set.of(CreditType.AMA_PRA_CATEGORY_1));
            test(form.maxHours.get(CreditType.AMA_PRA_CATEGORY_1)).setValue(new BigDecimal("1.5"));

            assertThat(form.accreditation.getValue()).startsWith("Lakeside Health CME is accredited");
            assertThat(form.designation.getValue()).startsWith("Lakeside Health CME designates this live activity "
                    + "for a maximum of 1.5 AMA PRA Category 1 Credits\u2122.");
            test(form.designation).setValue("Lakeside Health CME designates this live activity for a maximum of [N] "
                    + "AMA PRA Category 1 Credits\u2122. Physicians should claim only the credit commensurate with "
                    + "the extent of their participation.");
            test(form.maxHours.get(CreditType.AMA_PRA_CATEGORY_1)).setValue(new BigDecimal("2"));
            assertThat(form.designation.getValue()).as("reworded statements are the organiser's")
                    .contains("maximum of [N] AMA");
            test(form.maxHours.get(CreditType.AMA_PRA_CATEGORY_1)).setValue(new BigDecimal("1.5"));

            test(form.save).click();

            assertThat(form.designation.isInvalid()).isTrue();
            assertThat(form.designation.getErrorMessage()).isEqualTo("Replace the [placeholders] in the statements.");
            assertThat(form.title.getValue()).isEqualTo("Learning Session 2: nursing contact hours");
            assertThat(activities.activities(collaborativeId)).hasSize(1);

            test(form.designation).setValue(form.designation.getValue().replace("[N]", "1.5"));
            test(form.save).click();
        });
        actingAs.run(planned.scenario().organiser().id(), () -> {
            assertThat(activities.activities(collaborativeId)).hasSize(2)
                    .anySatisfy(activity -> {
                        assertThat(activity.details().title()).isEqualTo("Learning Session 2: nursing contact hours");
                        assertThat(activity.details().link())
                                .isEqualTo(new ActivityLink(ActivityLink.Kind.EVENT, planned.sessionId()));
                        assertThat(activity.details().designationStatement()).contains("maximum of 1.5 AMA PRA");
                    });
            ActivitiesView list = navigate(ActivitiesView.class);
            assertThat(list.grids.get(collaborativeId).getListDataView().getItems()).hasSize(2);
        });
    }

    @Test
    void aSeriesIsPickedOnceAndNotSessionBySession() {
        CreditFixtures.Planned planned = fixtures.plan();
        long organiser = planned.scenario().organiser().id();
        LocalDateTime start = LocalDateTime.now(clock).plusDays(3).withHour(12).withMinute(0).withSecond(0).withNano(0);
        long first = actingAs.call(organiser, () -> events.create(new EventDetails(
                planned.scenario().collaborativeId(), EventKind.WEBINAR, "Monthly webinar", "", start,
                start.plusHours(1), ZoneId.of("UTC"), "https://zoom.example.org/j/9", null, Audience.COLLABORATIVE,
                Set.of(), null, List.of()), Recurrence.times(Frequency.WEEKLY, 4)));
        actingAs.run(organiser, () -> {
            ActivityFormView form = navigate("credits/activities/new", ActivityFormView.class);
            assertThat(form.event.getListDataView().getItems().filter(e -> e.title().equals("Monthly webinar")))
                    .hasSize(4);

            form.linkKind.setValue(ActivityLink.Kind.SERIES);

            assertThat(form.event.getListDataView().getItems()).singleElement()
                    .satisfies(series -> {
                        assertThat(series.id()).isEqualTo(first);
                        assertThat(form.event.getItemLabelGenerator().apply(series))
                                .startsWith("Monthly webinar \u00b7 4 sessions from");
                    });
            assertThat(form.designation.getValue()).contains("live activity");
        });
    }

    @Test
    void anExtensionNeedsAReasonAndIsListedWithWhoGrantedIt() {
        CreditFixtures.Planned planned = fixtures.attended(60);
        actingAs.run(planned.scenario().organiser().id(), () -> {
            ActivityFormView page = navigate("credits/activities/" + planned.activityId(), ActivityFormView.class);
            assertThat(page.title.getValue()).isEqualTo("Learning Session 2");
            assertThat(page.extensionsSection.isVisible()).isTrue();
            page.attendee.setValue(page.attendee.getListDataView().getItems().findFirst().orElseThrow());
            page.newEnd.setValue(LocalDate.now(clock).plusDays(60));

            test(page.extend).click();

            assertThat(page.reason.isInvalid()).isTrue();
            assertThat(page.reason.getErrorMessage()).startsWith("Say why");
            assertThat(page.attendee.getValue()).isNotNull();

            test(page.reason).setValue("Unwell during the claim window");
            test(page.extend).click();

            assertThat(page.extensions.getListDataView().getItems()).singleElement()
                    .extracting(WindowExtensionRecord::reason).isEqualTo("Unwell during the claim window");
            assertThat(activities.extensions(planned.activityId())).hasSize(1);
        });
    }
}
