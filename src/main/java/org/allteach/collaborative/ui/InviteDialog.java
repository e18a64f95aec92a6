package org.allteach.collaborative.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.allteach.collaborative.InvitationRow;
import org.allteach.collaborative.Invitations;
import org.allteach.collaborative.Role;
import org.allteach.collaborative.TeamRef;
import org.allteach.shared.ui.FieldErrors;

/** Invite an email address into a team (or as organiser). What was typed stays when something needs fixing. */
class InviteDialog extends Dialog {

    final EmailField email = new EmailField("Email");
    final TextField name = new TextField("Name (optional)");
    final Select<Role> role = new Select<>();
    final ComboBox<TeamRef> team = new ComboBox<>("Team");
    final Button send = new Button("Send invitation");

    InviteDialog(long collaborativeId, List<TeamRef> teams, Invitations invitations, long validDays, Runnable onSent) {
        setHeaderTitle("Invite a member");
        setWidth("36rem");
        email.setRequiredIndicatorVisible(true);
        email.setPlaceholder("name@organisation.org");
        name.setMaxLength(120);
        name.setHelperText("Pre-fills their name; they can change it.");
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.PARTICIPANT);
        team.setItems(teams);
        team.setItemLabelGenerator(TeamRef::name);
        team.setRequiredIndicatorVisible(true);
        role.addValueChangeListener(change -> {
            boolean inTeam = change.getValue() == null || change.getValue().inTeam();
            team.setEnabled(inTeam);
            team.setRequiredIndicatorVisible(inTeam);
            if (!inTeam) {
                team.clear();
            }
        });
        FormLayout form = new FormLayout(email, name, role, team);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        Paragraph hint = new Paragraph("They get an email with a link to join. The link works once, for " + validDays
                + " days.");
        hint.addClassName("muted");
        add(form, hint);

        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            Map<String, HasValidation> fields = Map.of("email", email, "name", name, "role", role, "team", team);
            FieldErrors.clear(fields);
            FieldErrors.submit(fields, () -> {
                InvitationRow sent = invitations.invite(collaborativeId,
                        team.getValue() == null ? null : team.getValue().id(), role.getValue(), email.getValue(),
                        name.getValue());
                close();
                FieldErrors.Notifications.success("Invitation sent to " + sent.email() + ".");
                onSent.run();
            });
        });
        getFooter().add(new Button("Cancel", click -> close()), send);
    }
}
