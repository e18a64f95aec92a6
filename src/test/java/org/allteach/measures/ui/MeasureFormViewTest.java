package org.allteach.measures.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.allteach.collaborative.Collaboratives;
import org.allteach.identity.ActingAs;
import org.allteach.measures.MeasureType;
import org.allteach.measures.Measures;
import org.allteach.measures.analysis.DataKind;
import org.allteach.support.AllTeachTest;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An organiser defines a measure: what is missing is said beside its field, and what was typed stays. */
@AllTeachTest
class MeasureFormViewTest extends SpringBrowserlessTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    ActingAs actingAs;
    @Autowired
    Measures measures;
    @Autowired
    Collaboratives collaboratives;

    @Test
    void aMeasureWithoutItsDefinitionIsRefusedBesideTheFieldThenSaved() {
        Scenario s = scenarios.create();
        actingAs.run(s.organiser().id(), () -> {
            MeasureFormView form = navigate("measures/define/new", MeasureFormView.class);
            assertThat(form.reportingTeams.getValue()).hasSize(2);
            test(form.name).setValue("Falls per 1,000 patient days");
            form.kind.setValue(DataKind.RATE);
            assertThat(form.ratePer.isVisible()).isTrue();
            form.type.setValue(MeasureType.BALANCING);

            test(form.save).click();

            assertThat(form.operationalDefinition.isInvalid()).isTrue();
            assertThat(form.ratePer.isInvalid()).isTrue();
            assertThat(form.name.getValue()).isEqualTo("Falls per 1,000 patient days");

            test(form.ratePer).setValue(1000);
            test(form.operationalDefinition).setValue("Falls recorded in the incident system per 1,000 patient "
                    + "days in the month.");
            test(form.save).click();

            assertThat(measures.measures(s.collaborativeId())).singleElement().satisfies(m -> {
                assertThat(m.details().kind()).isEqualTo(DataKind.RATE);
                assertThat(m.details().ratePer()).isEqualTo(1000);
            });
        });
    }

    @Test
    void aClosedCollaborativesMeasureIsShownAsPartOfItsArchiveWithNothingToSave() {
        Scenario s = scenarios.create();
        long measure = actingAs.call(s.organiser().id(), () -> {
            MeasureFormView form = navigate("measures/define/new", MeasureFormView.class);
            test(form.name).setValue("Falls");
            test(form.operationalDefinition).setValue("Falls recorded in the incident system.");
            test(form.save).click();
            return measures.measures(s.collaborativeId()).getFirst().id();
        });
        actingAs.run(s.organiser().id(), () -> collaboratives.close(s.collaborativeId()));

        actingAs.run(s.organiser().id(), () -> {
            MeasureFormView form = navigate("measures/define/" + measure, MeasureFormView.class);
            assertThat(form.archived.isVisible()).isTrue();
            assertThat(form.save.isVisible()).isFalse();
            assertThat(form.name.isEnabled()).isFalse();
            assertThat(form.name.getValue()).isEqualTo("Falls");
        });
    }
}
