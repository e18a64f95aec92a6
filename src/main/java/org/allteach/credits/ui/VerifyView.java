package org.allteach.credits.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.allteach.credits.CreditClaims;
import org.allteach.credits.Verification;
import org.allteach.identity.ui.AuthPage;

/**
 * The public page a certificate's QR code points to: anyone, signed in or not, checks a verification code and sees
 * whether a certificate has it, and only the name, activity, dates, credit type and hours.
 */
@Route(value = "verify", autoLayout = false)
@PageTitle("Verify a certificate · AllTeach")
@AnonymousAllowed
@StyleSheet("context://styles/credits.css")
class VerifyView extends AuthPage implements HasUrlParameter<String> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final CreditClaims claims;
    final TextField code = new TextField("Verification code");
    final Button check = new Button("Check");
    final Div result = new Div();

    VerifyView(CreditClaims claims) {
        super("Verify a certificate", "Type the code printed on the certificate, or scan its QR code.");
        this.claims = claims;
        addClassName("verify-page");
        code.setPlaceholder("AT-XXXX-XXXX-XX");
        code.setWidthFull();
        code.setMaxLength(40);
        check.addThemeVariants(ButtonVariant.PRIMARY);
        check.addClickShortcut(Key.ENTER);
        check.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(VerifyView.class, code.getValue()
                .strip())));
        Div form = new Div(code, check);
        form.addClassName("verify-form");
        result.addClassName("verify-result");
        addToCard(form, result);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String typed) {
        result.removeAll();
        if (typed == null || typed.isBlank()) {
            return;
        }
        code.setValue(typed.strip());
        claims.verify(typed).ifPresentOrElse(this::showValid, this::showUnknown);
    }

    private void showValid(Verification valid) {
        result.getElement().setAttribute("data-state", "valid");
        H2 heading = new H2("Valid certificate");
        result.add(heading, fact("Name", valid.learnerName()), fact("Activity", valid.activityTitle()),
                fact(valid.activityDates().size() > 1 ? "Dates" : "Date", dates(valid)),
                fact("Credit", valid.hours().stripTrailingZeros().toPlainString() + " \u00d7 "
                        + valid.creditTypeLabel()));
    }

    private void showUnknown() {
        result.getElement().setAttribute("data-state", "unknown");
        result.add(new H2("No certificate has this code"),
                new Paragraph("Check the code for typing mistakes. A certificate whose code is not found here was "
                        + "not issued by AllTeach."));
    }

    private static String dates(Verification valid) {
        List<LocalDate> days = valid.activityDates().isEmpty() ? List.of(valid.issuedOn()) : valid.activityDates();
        return days.stream().map(DAY::format).collect(Collectors.joining(", "));
    }

    private static Div fact(String label, String value) {
        Span name = new Span(label);
        name.addClassName("verify-label");
        Span text = new Span(value);
        text.addClassName("verify-value");
        Div row = new Div(name, text);
        row.addClassName("verify-fact");
        return row;
    }
}
