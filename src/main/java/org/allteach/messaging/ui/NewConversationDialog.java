package org.allteach.messaging.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.allteach.messaging.ContextOption;
import org.allteach.messaging.Conversations;
import org.allteach.messaging.Inbox;
import org.allteach.messaging.PossibleRecipient;
import org.allteach.shared.ui.FieldErrors;

/** Write to one to eight people of a collaborative. A 1:1 with someone continues the one you already have. */
class NewConversationDialog extends Dialog {

    final Select<ContextOption> context = new Select<>();
    final RecipientPicker recipients = new RecipientPicker("To");
    final TextField subject = new TextField("Subject (optional)");
    final TextArea body = new TextArea("Message");
    final Button send = new Button("Send");

    NewConversationDialog(Inbox inbox, Conversations conversations, List<ContextOption> contexts,
                          LongConsumer onStarted) {
        setHeaderTitle("New message");
        setWidth("40rem");
        setMaxWidth("100%");
        context.setLabel("Write in");
        context.setItems(contexts);
        context.setItemLabelGenerator(ContextOption::name);
        context.setValue(contexts.getFirst());
        context.setVisible(contexts.size() > 1);
        context.addValueChangeListener(change -> {
            recipients.clear();
            recipients.getDataProvider().refreshAll();
        });

        recipients.setItems(query -> {
            ContextOption chosen = context.getValue();
            if (chosen == null) {
                return java.util.stream.Stream.<PossibleRecipient>empty();
            }
            return inbox.possibleRecipients(chosen.context(), query.getFilter().orElse(""),
                    toSpringPageRequest(query)).stream();
        });
        recipients.setHelperText("One person, or up to " + (Conversations.MAX_PARTICIPANTS - 1)
                + " for a group conversation.");
        subject.setMaxLength(160);
        body.setMaxLength(Conversations.MAX_BODY);
        body.setMinHeight("8rem");
        body.setHelperText("Markdown works: **bold**, _italic_, - lists, [links](https://…).");

        FormLayout form = new FormLayout(context, recipients, subject, body);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            Map<String, HasValidation> fields = Map.of("context", context, "recipients", recipients,
                    "subject", subject, "body", body);
            FieldErrors.clear(fields);
            FieldErrors.submit(fields, () -> {
                long id = conversations.start(context.getValue() == null ? null : context.getValue().context(),
                        recipients.getValue().stream().map(PossibleRecipient::personId).toList(),
                        subject.getValue(), body.getValue());
                close();
                onStarted.accept(id);
            });
        });
        getFooter().add(new Button("Cancel", click -> close()), send);
    }

    /** Starts with the context and the person chosen, as when someone writes from the community's directory. */
    void writeTo(ContextOption in, PossibleRecipient person) {
        context.setValue(in);
        recipients.setValue(java.util.Set.of(person));
        subject.focus();
    }
}
