package org.allteach.identity.ui;

import java.util.Map;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.allteach.identity.PasswordResets;
import org.allteach.identity.PasswordResets.LinkStatus;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.ui.FieldErrors;

/** Where the emailed reset (or welcome) link lands. */
@Route(value = "reset-password", autoLayout = false)
@PageTitle("Choose a new password · AllTeach")
@AnonymousAllowed
class ResetPasswordView extends AuthPage implements HasUrlParameter<String> {

    private final PasswordResets passwordResets;
    final PasswordField password = PasswordFields.newPassword("New password");
    final PasswordField confirmation = new PasswordField("Repeat the new password");
    final Button save = new Button("Save password");
    private String token;

    ResetPasswordView(PasswordResets passwordResets) {
        super("Choose a new password", null);
        this.passwordResets = passwordResets;
        confirmation.setWidthFull();
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setWidthFull();
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> save());
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        this.token = token;
        LinkStatus status = passwordResets.check(token);
        if (status == LinkStatus.VALID) {
            addToCard(password, confirmation, save);
        } else {
            showUnusable(status);
        }
    }

    private void save() {
        Map<String, PasswordField> fields = Map.of("password", password, "confirmation", confirmation);
        FieldErrors.clear(fields);
        if (!FieldErrors.confirmMatches(password, confirmation)) {
            return;
        }
        try {
            passwordResets.resetPassword(token, password.getValue());
            getUI().ifPresent(ui -> LoginView.openWith(ui, LoginView.Notice.PASSWORD_CHANGED));
        } catch (InvalidInput invalid) {
            if (invalid.fieldErrors().containsKey("")) {
                showUnusable(passwordResets.check(token));
            } else {
                FieldErrors.show(invalid, fields);
            }
        }
    }

    private void showUnusable(LinkStatus status) {
        replaceCardContent("This link cannot be used", new Paragraph(PasswordResets.describe(status)),
                new RouterLink("Ask for a new link", ForgotPasswordView.class),
                new RouterLink("Sign in", LoginView.class));
    }
}
