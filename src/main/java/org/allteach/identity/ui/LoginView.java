package org.allteach.identity.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · AllTeach")
@AnonymousAllowed
public class LoginView extends AuthPage implements BeforeEnterObserver {

    /** What another page tells the person when it sends them here to sign in. */
    public enum Notice {
        PASSWORD_CHANGED("reset", "Your password was changed. Sign in with your new password."),
        ACCOUNT_CREATED("joined", "Your account is ready. Sign in to meet your team."),
        INVITATION_ACCEPTED("accepted", "You have joined. Sign in to continue.");

        private final String parameter;
        private final String message;

        Notice(String parameter, String message) {
            this.parameter = parameter;
            this.message = message;
        }
    }

    /** Opens the sign-in page with a notice above the form. */
    public static void openWith(UI ui, Notice notice) {
        ui.navigate(LoginView.class, QueryParameters.of(notice.parameter, ""));
    }

    private final AuthenticationContext authenticationContext;
    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    LoginView(AuthenticationContext authenticationContext) {
        super("Sign in", "Your collaborative's space for sharing what works.");
        this.authenticationContext = authenticationContext;
        form.setAction("login");
        form.setI18n(i18n());
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(event -> form.getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        notice.addClassName("auth-notice");
        notice.setVisible(false);
        addToCard(notice, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        Arrays.stream(Notice.values()).filter(candidate -> parameters.containsKey(candidate.parameter)).findFirst()
                .ifPresent(candidate -> {
                    notice.setText(candidate.message);
                    notice.setVisible(true);
                });
    }

    private static LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("");
        i18n.getForm().setUsername("Email");
        i18n.getForm().setSubmit("Sign in");
        i18n.getForm().setForgotPassword("Forgot your password?");
        i18n.getErrorMessage().setTitle("Email or password is not right");
        i18n.getErrorMessage().setMessage("Check them and try again. If you have forgotten your password, reset it below.");
        return i18n;
    }
}
