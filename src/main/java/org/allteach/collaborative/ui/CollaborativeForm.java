package org.allteach.collaborative.ui;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.allteach.collaborative.CollaborativeDetails;
import org.allteach.collaborative.CollaborativeStatus;
import org.allteach.collaborative.CollaborativeSummary;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.ui.DateField;
import org.allteach.shared.ui.FieldErrors;

/** The fields of a collaborative, for creating one and for editing it. */
class CollaborativeForm extends FormLayout {

    final TextField name = new TextField("Name");
    final TextField focusArea = new TextField("Focus area");
    final DateField startDate = new DateField("Start date");
    final DateField endDate = new DateField("End date");
    final Select<CollaborativeStatus> status = new Select<>();
    final TextArea description = new TextArea("Description");

    CollaborativeForm() {
        name.setMaxLength(160);
        name.setRequiredIndicatorVisible(true);
        name.setPlaceholder("e.g. Hypertension Equity Collaborative 2027");
        focusArea.setMaxLength(160);
        focusArea.setRequiredIndicatorVisible(true);
        focusArea.setPlaceholder("e.g. Hypertension control");
        startDate.setRequiredIndicatorVisible(true);
        endDate.setRequiredIndicatorVisible(true);
        startDate.addValueChangeListener(change -> {
            if (change.getValue() != null && endDate.getValue() == null) {
                endDate.setInitialPosition(change.getValue().plusMonths(12));
            }
        });
        status.setLabel("Status");
        status.setItems(CollaborativeStatus.values());
        status.setItemLabelGenerator(CollaborativeStatus::label);
        status.setValue(CollaborativeStatus.PLANNING);
        description.setMaxLength(5000);
        description.setHelperText("Who takes part and what the collaborative aims for; members see it.");
        add(name, focusArea, startDate, endDate, status);
        add(description, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
    }

    CollaborativeDetails details() {
        return new CollaborativeDetails(name.getValue(), focusArea.getValue(), description.getValue(),
                startDate.getValue(), endDate.getValue(), status.getValue());
    }

    void show(CollaborativeSummary collaborative) {
        name.setValue(collaborative.name());
        focusArea.setValue(collaborative.focusArea());
        startDate.setValue(collaborative.startDate());
        endDate.setValue(collaborative.endDate());
        status.setValue(collaborative.status());
        description.setValue(collaborative.description() == null ? "" : collaborative.description());
    }

    /** A closed collaborative's details are history: shown, not editable (decision 0033). */
    void setArchived(boolean archived) {
        name.setReadOnly(archived);
        focusArea.setReadOnly(archived);
        startDate.setReadOnly(archived);
        endDate.setReadOnly(archived);
        status.setReadOnly(archived);
        description.setReadOnly(archived);
    }

    private Map<String, HasValidation> fields() {
        return Map.of("name", name, "focusArea", focusArea, "startDate", startDate, "endDate", endDate,
                "status", status, "description", description);
    }

    void clearErrors() {
        FieldErrors.clear(fields());
    }

    void showErrors(InvalidInput invalid) {
        FieldErrors.show(invalid, fields());
    }

    /**
     * Marks dates typed in a form the calendar cannot read.
     *
     * @return whether both dates are readable (or empty)
     */
    boolean datesReadable(Locale locale) {
        boolean startUnreadable = startDate.markUnreadableInput(locale);
        boolean endUnreadable = endDate.markUnreadableInput(locale);
        return !startUnreadable && !endUnreadable;
    }
}
