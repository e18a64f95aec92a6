package org.allteach.pdsa.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.allteach.pdsa.ChangeIdeaDetails;
import org.allteach.pdsa.ChangeIdeaStatus;
import org.allteach.pdsa.ChangeIdeaView;
import org.allteach.pdsa.ChangeIdeas;
import org.allteach.pdsa.ChangePackageChoice;
import org.allteach.shared.ui.FieldErrors;

/** Adds a change idea to a team, or changes one (its status included). */
class ChangeIdeaDialog extends Dialog {

    final TextField title = new TextField("Change idea");
    final TextArea description = new TextArea("Description");
    final Checkbox fromPackage = new Checkbox("From the collaborative's change package");
    final TextField packageReference = new TextField("Where in the change package");
    final ComboBox<ChangePackageChoice> changePackage = new ComboBox<>("Change package in the library");
    final RadioButtonGroup<ChangeIdeaStatus> status = new RadioButtonGroup<>("Status");
    final Button save = new Button();

    ChangeIdeaDialog(ChangeIdeas changeIdeas, long teamId, ChangeIdeaView editing, Runnable saved) {
        setHeaderTitle(editing == null ? "New change idea" : "Edit change idea");
        addClassName("change-idea-dialog");
        setWidth("36rem");
        title.setWidthFull();
        title.setHelperText("A change you will test, e.g. \"Teach-back at discharge\".");
        description.setWidthFull();
        description.setMinRows(2);
        packageReference.setWidthFull();
        packageReference.setHelperText("E.g. \"Change concept 2: teach-back\".");
        List<ChangePackageChoice> packages = changeIdeas.changePackages();
        changePackage.setItems(packages);
        changePackage.setItemLabelGenerator(ChangePackageChoice::title);
        changePackage.setClearButtonVisible(true);
        changePackage.setWidthFull();
        changePackage.setVisible(!packages.isEmpty());
        status.setItems(ChangeIdeaStatus.values());
        status.setItemLabelGenerator(ChangeIdeaStatus::label);
        status.setValue(ChangeIdeaStatus.TESTING);
        status.setVisible(editing != null);
        Div packageFields = new Div(packageReference, changePackage);
        packageFields.addClassName("package-fields");
        fromPackage.addValueChangeListener(change -> packageFields.setVisible(change.getValue()));
        packageFields.setVisible(false);
        if (editing != null) {
            ChangeIdeaDetails d = editing.details();
            title.setValue(d.title());
            description.setValue(d.description() == null ? "" : d.description());
            fromPackage.setValue(d.fromChangePackage());
            packageReference.setValue(d.packageReference() == null ? "" : d.packageReference());
            packages.stream().filter(p -> p.id() == (d.changePackageId() == null ? -1 : d.changePackageId()))
                    .findFirst().ifPresent(changePackage::setValue);
            status.setValue(d.status());
        }
        Div form = new Div(title, description, fromPackage, packageFields, status);
        form.addClassName("dialog-form");
        add(form);
        save.setText(editing == null ? "Add change idea" : "Save change idea");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            Map<String, HasValidation> fields = Map.of("title", title, "description", description,
                    "packageReference", packageReference, "changePackage", changePackage);
            FieldErrors.clear(fields);
            FieldErrors.submit(fields, () -> {
                ChangeIdeaDetails details = new ChangeIdeaDetails(title.getValue(), description.getValue(),
                        fromPackage.getValue(), packageReference.getValue(),
                        changePackage.getValue() == null ? null : changePackage.getValue().id(), status.getValue());
                if (editing == null) {
                    changeIdeas.add(teamId, details);
                } else {
                    changeIdeas.update(editing.id(), details);
                }
                close();
                saved.run();
            });
        });
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
