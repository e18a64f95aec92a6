package org.allteach.measures.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.allteach.collaborative.Collaboratives;
import org.allteach.identity.ActingAs;
import org.allteach.measures.MeasureData;
import org.allteach.measures.MeasureDetails;
import org.allteach.measures.MeasureSettingsService;
import org.allteach.measures.MeasureType;
import org.allteach.measures.Measures;
import org.allteach.measures.MonthValues;
import org.allteach.measures.analysis.DataKind;
import org.allteach.measures.analysis.Direction;
import org.allteach.measures.analysis.RunRules;
import org.allteach.support.AllTeachTest;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An organiser's measure settings page: a refused threshold is said beside the field and stays as typed, a new
 * category appears in its dimension, a used category's removal is refused beside its name; others find no page.
 */
@AllTeachTest
class MeasureSettingsViewTest extends SpringBrowserlessTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    ActingAs actingAs;
    @Autowired
    MeasureSettingsService settings;
    @Autowired
    Measures measures;
    @Autowired
    MeasureData data;
    @Autowired
    Collaboratives collaboratives;

    @Test
    void theOrganiserChangesTheReadingAndTheLanguagesAndSeesRefusalsBesideTheFields() {
        Scenario s = scenarios.create();
        actingAs.run(s.organiser().id(), () -> {
            MeasureSettingsView view = navigate("measures/settings/" + s.collaborativeId(),
                    MeasureSettingsView.class);
            assertThat(view.threshold.getValue()).isEqualTo(11);
            assertThat(view.threshold.getHelperText())
                    .isEqualTo("Groups with fewer than 11 in the denominator are hidden outside the team.");
            assertThat(view.runRules.getValue()).isEqualTo(RunRules.IHI);
            assertThat(view.cards).containsOnlyKeys("Race", "Ethnicity", "Preferred language");

            view.threshold.setValue(0); // typed in the page: the browser marks it, the server still receives it
            test(view.saveReading).click();
            assertThat(view.threshold.isInvalid()).isTrue();
            assertThat(view.threshold.getValue()).isZero();

            test(view.threshold).setValue(20);
            view.runRules.setValue(RunRules.ANHOEJ);
            test(view.saveReading).click();
            assertThat(view.threshold.isInvalid()).isFalse();
            assertThat(view.threshold.getHelperText()).startsWith("Groups with fewer than 20 ");
            assertThat(settings.settings(s.collaborativeId()).smallNumberThreshold()).isEqualTo(20);
            assertThat(settings.settings(s.collaborativeId()).runRules()).isEqualTo(RunRules.ANHOEJ);

            MeasureSettingsView.DimensionCard language = view.cards.get("Preferred language");
            test(language.newCategory).setValue("Haitian Creole");
            test(language.addCategory).click();
            assertThat(view.cards.get("Preferred language").rows).containsOnlyKeys("English", "Spanish", "Other",
                    "Unknown or declined", "Haitian Creole");

            test(view.cards.get("Preferred language").rows.get("Haitian Creole").up).click();
            assertThat(view.cards.get("Preferred language").rows.keySet()).containsExactly("English", "Spanish",
                    "Other", "Haitian Creole", "Unknown or declined");

            recordSpanishLastMonth(s);
            // the page was read before the month was recorded; the service still refuses
            MeasureSettingsView.DimensionCard.CategoryRow spanish = view.cards.get("Preferred language").rows
                    .get("Spanish");
            test(spanish.remove).click();
            assertThat(spanish.label.isInvalid()).isTrue();
            assertThat(spanish.label.getErrorMessage())
                    .isEqualTo("Spanish has values for 1 month; rename it instead of removing it.");
            assertThat(view.cards.get("Preferred language").rows).containsKey("Spanish");

            test(spanish.label).setValue("Español");
            assertThat(view.cards.get("Preferred language").rows).containsKey("Español").doesNotContainKey("Spanish");
        });
    }

    @Test
    void theOrganiserAddsADimensionAndAMissingCategoryListIsSaidBesideIt() {
        Scenario s = scenarios.create();
        actingAs.run(s.organiser().id(), () -> {
            MeasureSettingsView view = navigate("measures/settings/" + s.collaborativeId(),
                    MeasureSettingsView.class);
            test(view.newDimension).setValue("Payer");
            test(view.addDimension).click();
            assertThat(view.newDimensionCategories.isInvalid()).isTrue();
            assertThat(view.newDimension.getValue()).isEqualTo("Payer");

            test(view.newDimensionCategories).setValue("Medicaid\nMedicare\nPrivate\nUninsured\n");
            test(view.addDimension).click();

            assertThat(view.cards).containsKey("Payer");
            assertThat(view.cards.get("Payer").rows).containsOnlyKeys("Medicaid", "Medicare", "Private",
                    "Uninsured");
            assertThat(view.cards.get("Payer").remove.isEnabled()).isTrue();
            assertThat(view.cards.get("Race").remove.isEnabled()).isTrue();
            test(view.cards.get("Payer").remove).click();
            assertThat(view.cards).doesNotContainKey("Payer");
        });
    }

    @Test
    void aClosedCollaborativesSettingsAreShownButNotOfferedForChange() {
        Scenario s = scenarios.create();
        actingAs.run(s.organiser().id(), () -> collaboratives.close(s.collaborativeId()));
        actingAs.run(s.organiser().id(), () -> {
            MeasureSettingsView view = navigate("measures/settings/" + s.collaborativeId(), MeasureSettingsView.class);
            assertThat(view.archived.isVisible()).isTrue();
            assertThat(view.saveReading.isEnabled()).isFalse();
            assertThat(view.addDimension.isEnabled()).isFalse();
            assertThat(view.cards).isNotEmpty();
        });
    }

    @Test
    void anotherCollaborativesOrganiserFindsNoPage() {
        Scenario s = scenarios.create();
        Scenario other = scenarios.create();
        actingAs.run(other.organiser().id(), () -> {
            UI.getCurrent().navigate("measures/settings/" + s.collaborativeId());
            assertThat(getCurrentView().getClass().getSimpleName()).startsWith("NotFoundView");
        });
    }

    private void recordSpanishLastMonth(Scenario s) {
        MeasureSettingsService.DimensionSettings language = settings.settings(s.collaborativeId()).dimensions().stream()
                .filter(d -> d.name().equals("Preferred language")).findFirst().orElseThrow();
        long measure = measures.create(new MeasureDetails(s.collaborativeId(), "Interpreter offered",
                MeasureType.PROCESS, DataKind.PROPORTION, null, null, "Visits where an interpreter was offered.",
                Direction.UP, null, 12, Set.of(s.teamA()), Set.of(language.id())));
        Map<Long, MonthValues.Entry> groups = new HashMap<>();
        language.categories().forEach(c -> groups.put(c.id(), MonthValues.Entry.ratio(0, 0)));
        groups.put(language.categories().stream().filter(c -> c.label().equals("Spanish")).findFirst()
                .orElseThrow().id(), MonthValues.Entry.ratio(4, 5));
        // The team enters its own month (the organiser cannot).
        actingAs.run(s.participantA().id(), () -> data.record(measure, s.teamA(), YearMonth.now().minusMonths(1),
                new MonthValues(MonthValues.Entry.ratio(4, 5), groups, false)));
    }
}
