package org.allteach.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.allteach.identity.IdentityProperties;
import org.allteach.identity.PasswordResets;
import org.allteach.shared.EmailAddress;
import org.allteach.shared.ui.FieldErrors;

@Route(value = "forgot-password", autoLayout = false)
@PageTitle("Reset your password · AllTeach")
@AnonymousAllowed
class ForgotPasswordView extends AuthPage {

    final EmailField email = new EmailField("Email");
    final Button send = new Button("Email me a link");

    ForgotPasswordView(PasswordResets passwordResets, IdentityProperties properties) {
        super("Reset your password", "Enter the email address you sign in with. We will send you a link to choose a new password.");
        email.setWidthFull();
        email.setAutofocus(true);
        email.setRequiredIndicatorVisible(true);
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setWidthFull();
        send.addClickShortcut(Key.ENTER);
        send.addClickListener(click -> EmailAddress.problem(email.getValue()).ifPresentOrElse(
                problem -> FieldErrors.mark(email, problem),
                () -> {
                    passwordResets.requestReset(email.getValue());
                    replaceCardContent("Check your email",
                            new Paragraph("If an account exists for " + EmailAddress.normalise(email.getValue())
                                    + ", we have sent it a link to choose a new password. The link works for "
                                    + properties.passwordResetValidity().toMinutes() + " minutes."),
                            new Paragraph("No email after a few minutes? Check your spam folder, or ask your "
                                    + "collaborative's organiser."),
                            new RouterLink("Back to sign in", LoginView.class));
                }));
        addToCard(email, send, new RouterLink("Back to sign in", LoginView.class));
    }
}
