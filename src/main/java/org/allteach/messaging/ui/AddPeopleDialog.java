package org.allteach.messaging.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.allteach.messaging.Conversations;
import org.allteach.messaging.PossibleRecipient;
import org.allteach.shared.ui.FieldErrors;

/** Adds people of the same collaborative to a group conversation; they see what was said before. */
class AddPeopleDialog extends Dialog {

    final RecipientPicker people = new RecipientPicker("People");
    final Button add = new Button("Add");

    AddPeopleDialog(Conversations conversations, long conversationId, Runnable onAdded) {
        setHeaderTitle("Add people");
        setWidth("32rem");
        setMaxWidth("100%");
        people.setItems(query -> conversations.peopleToAdd(conversationId, query.getFilter().orElse(""),
                toSpringPageRequest(query)).stream());
        Paragraph hint = new Paragraph("They will see the whole conversation, including what was said before.");
        hint.addClassName("muted");
        add(people, hint);

        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> {
            Map<String, RecipientPicker> fields = Map.of("people", people);
            FieldErrors.clear(fields);
            FieldErrors.submit(fields, () -> {
                conversations.addPeople(conversationId,
                        people.getValue().stream().map(PossibleRecipient::personId).toList());
                close();
                onAdded.run();
            });
        });
        getFooter().add(new Button("Cancel", click -> close()), add);
    }
}
