package org.allteach.coaching.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.allteach.coaching.CallLinks;
import org.allteach.coaching.CallTimes;
import org.allteach.coaching.LinkedCall;
import org.allteach.coaching.Party;
import org.allteach.identity.ui.AuthPage;
import org.allteach.identity.ui.LoginView;

/**
 * Where the "Reschedule" and "Cancel" links of a coaching call email land, signed in or not. Opening the link only
 * shows the call; a button press moves or cancels it (mail scanners open links, people press buttons).
 */
@Route(value = "coaching/link", autoLayout = false)
@PageTitle("Your coaching call · AllTeach")
@AnonymousAllowed
@StyleSheet("context://styles/coaching.css")
class CallLinkView extends AuthPage implements HasUrlParameter<String> {

    private final CallLinks links;
    private final Clock clock;
    private String token;

    CallLinkView(CallLinks links, Clock clock) {
        super("Your coaching call", null);
        this.links = links;
        this.clock = clock;
        addClassName("call-link-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        this.token = token;
        String wanted = event.getLocation().getQueryParameters().getSingleParameter("do").orElse("");
        show(links.open(token), wanted);
    }

    private void show(LinkedCall call, String wanted) {
        if (call.status() == LinkedCall.Status.UNKNOWN) {
            replaceCardContent("This link cannot be used", new Paragraph(call.status().message()),
                    new RouterLink("Sign in", LoginView.class));
            return;
        }
        Div summary = summary(call);
        if (call.status() == LinkedCall.Status.CANCEL_ONLY) {
            Button cancel = new Button("Cancel the call", click -> showCancel(call));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            Div choices = new Div(cancel);
            choices.addClassName("link-choices");
            replaceCardContent("Coaching call with " + call.otherPartyName(), summary,
                    new Paragraph(call.status().message()), choices);
            if (wanted.equals("cancel")) {
                showCancel(call);
            }
            return;
        }
        if (call.status() != LinkedCall.Status.CHANGEABLE) {
            replaceCardContent("Coaching call with " + call.otherPartyName(), summary,
                    new Paragraph(call.status().message()), callsLink());
            return;
        }
        Button reschedule = new Button("Reschedule", click -> showReschedule(call));
        Button cancel = new Button("Cancel the call", click -> showCancel(call));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div choices = new Div(reschedule, cancel);
        choices.addClassName("link-choices");
        replaceCardContent("Coaching call with " + call.otherPartyName(), summary, choices);
        if (wanted.equals("reschedule")) {
            showReschedule(call);
        } else if (wanted.equals("cancel")) {
            showCancel(call);
        }
    }

    private void showReschedule(LinkedCall call) {
        LocalDate today = LocalDate.now(clock.withZone(call.zone()));
        Paragraph explain = new Paragraph("Pick a new time. " + call.otherPartyName()
                + " gets an updated invitation; the reminders move with the call.");
        replaceCardContent("Move your call with " + call.otherPartyName(), summary(call), explain,
                new RescheduleForm((from, to) -> links.freeSlots(token, from, to), call.zone(), call.locale(), today,
                        start -> links.reschedule(token, start), () -> done(links.open(token), "Your call has moved.")),
                backTo(call));
    }

    private void showCancel(LinkedCall call) {
        replaceCardContent("Cancel your call with " + call.otherPartyName() + "?", summary(call),
                new Paragraph(call.otherPartyName() + " gets an email and the call leaves both calendars."),
                new CancelForm(call.otherPartyName(), reason -> links.cancel(token, reason),
                        () -> done(links.open(token), "Your call has been cancelled.")),
                backTo(call));
    }

    private void done(LinkedCall call, String message) {
        Paragraph confirmation = new Paragraph(message + " We emailed you and " + call.otherPartyName() + ".");
        confirmation.addClassName("auth-notice");
        replaceCardContent("Done", confirmation, summary(call), callsLink());
    }

    /** Signed in, the person sees all their calls; otherwise the sign-in page comes first. */
    private static RouterLink callsLink() {
        return new RouterLink("Your coaching calls", CoachingCallsView.class);
    }

    private Button backTo(LinkedCall call) {
        Button back = new Button("Back", click -> show(links.open(token), ""));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return back;
    }

    private static Div summary(LinkedCall call) {
        Span when = new Span(CallTimes.describe(call.start(), call.end(), call.zone(), call.locale()));
        when.addClassName("call-when");
        Span with = new Span((call.party() == Party.COACH ? "Participant: " : "Coach: ")
                + call.otherPartyName() + " · " + CallTimes.length(Duration.between(call.start(), call.end())));
        with.addClassName("muted");
        Div summary = new Div(when, with);
        summary.addClassName("link-summary");
        return summary;
    }
}
