package org.allteach.collaborative.ui;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.allteach.collaborative.InvitationDetails;
import org.allteach.collaborative.InvitationStatus;
import org.allteach.collaborative.Invitations;
import org.allteach.identity.ui.AuthPage;
import org.allteach.identity.ui.LoginView;
import org.allteach.identity.ui.PasswordFields;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.shared.ui.TimeZoneSelect;

/**
 * Where the invitation email's link lands. Opening the page changes nothing (mail scanners open links too); the
 * person accepts with a button, creating their account if the address has none.
 */
@Route(value = "invitation", autoLayout = false)
@PageTitle("Your invitation · AllTeach")
@AnonymousAllowed
class AcceptInvitationView extends AuthPage implements HasUrlParameter<String> {

    private final Invitations invitations;
    private String token;

    final TextField displayName = new TextField("Your name");
    final TimeZoneSelect timeZone = new TimeZoneSelect("Your time zone");
    final PasswordField password = PasswordFields.newPassword("Choose a password");
    final PasswordField confirmation = new PasswordField("Repeat the password");
    final Button accept = new Button();

    AcceptInvitationView(Invitations invitations) {
        super("You are invited", null);
        this.invitations = invitations;
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        this.token = token;
        InvitationDetails details = invitations.details(token);
        if (details.status() != InvitationStatus.PENDING) {
            showUnusable(details.status().explanation());
            return;
        }
        Paragraph summary = new Paragraph(details.invitedBy() + " invites you to join " + details.collaborativeName()
                + (details.teamName() == null ? " as an organiser." : " as a " + details.role().label().toLowerCase(Locale.ROOT)
                + " in team " + details.teamName() + "."));
        summary.addClassName("invitation-summary");
        addToCard(summary);
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setWidthFull();
        if (details.accountExists()) {
            addToCard(new Paragraph("You already have an account for " + details.email() + "."));
            accept.setText("Accept and sign in");
            accept.addClickListener(click -> acceptWithExistingAccount());
            addToCard(accept);
        } else {
            addToCard(new Paragraph("Create your account for " + details.email() + "."));
            displayName.setWidthFull();
            displayName.setMaxLength(120);
            displayName.setRequiredIndicatorVisible(true);
            displayName.setHelperText("As colleagues will see it, e.g. Maria Lopez, RN.");
            if (details.suggestedName() != null) {
                displayName.setValue(details.suggestedName());
            }
            timeZone.setRequiredIndicatorVisible(true);
            timeZone.defaultToBrowserZone();
            confirmation.setWidthFull();
            confirmation.getElement().setAttribute("autocomplete", "new-password");
            accept.setText("Create account and join");
            accept.addClickListener(click -> acceptWithNewAccount());
            addToCard(displayName, timeZone, password, confirmation, accept);
        }
    }

    private void acceptWithNewAccount() {
        Map<String, HasValidation> fields = Map.of("displayName", displayName, "password", password,
                "timeZone", timeZone, "confirmation", confirmation);
        FieldErrors.clear(fields);
        boolean zoneChosen = timeZone.getValue() != null;
        if (!zoneChosen) {
            FieldErrors.mark(timeZone, "Choose your time zone: sessions and calls are shown in it.");
        }
        if (!FieldErrors.confirmMatches(password, confirmation) || !zoneChosen) {
            return;
        }
        try {
            invitations.acceptWithNewAccount(token, displayName.getValue(), timeZone.getValue(), Locale.US,
                    password.getValue());
            getUI().ifPresent(ui -> LoginView.openWith(ui, LoginView.Notice.ACCOUNT_CREATED));
        } catch (InvalidInput invalid) {
            handle(invalid, fields);
        }
    }

    private void acceptWithExistingAccount() {
        try {
            invitations.acceptWithExistingAccount(token);
            getUI().ifPresent(ui -> LoginView.openWith(ui, LoginView.Notice.INVITATION_ACCEPTED));
        } catch (InvalidInput invalid) {
            handle(invalid, Map.of());
        }
    }

    private void handle(InvalidInput invalid, Map<String, HasValidation> fields) {
        if (invalid.fieldErrors().containsKey("")) {
            showUnusable(invalid.fieldErrors().get(""));
        } else {
            FieldErrors.show(invalid, fields);
        }
    }

    private void showUnusable(String explanation) {
        replaceCardContent("This invitation cannot be used", new Paragraph(explanation),
                new RouterLink("Go to sign in", LoginView.class));
    }
}
