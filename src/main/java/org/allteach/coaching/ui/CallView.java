package org.allteach.coaching.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.allteach.coaching.CallStatus;
import org.allteach.coaching.CallTimes;
import org.allteach.coaching.CoachingCall;
import org.allteach.coaching.CoachingCalls;
import org.allteach.coaching.Party;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.shared.ui.Badge;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.shared.ui.PageHeader;
import org.allteach.shared.ui.PersonChip;

/**
 * One coaching call: when (in the viewer's zone), with whom, the agenda and the thread to discuss; its two sides move
 * or cancel it here. The service decides who may open it (the two sides and the collaborative's organisers).
 */
@Route("coaching/calls/:callId")
@PermitAll
@StyleSheet("context://styles/coaching.css")
class CallView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CoachingCalls calls;
    private final Clock clock;
    private final ZoneId zone;
    private final Locale locale;
    private String title = "Coaching call · AllTeach";

    CallView(CoachingCalls calls, Accounts accounts, Clock clock) {
        this.calls = calls;
        this.clock = clock;
        PersonProfile me = accounts.myProfile();
        this.zone = me.timeZone();
        this.locale = me.locale();
        addClassNames("page", "call-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long callId = event.getRouteParameters().getLong("callId").orElseThrow(NotFoundException::new);
        show(calls.call(callId));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(CoachingCall call) {
        removeAll();
        String heading = call.myParty() == null ? "Coaching call: " + call.coachName() + " and "
                + call.participantName() : "Coaching call with " + call.otherPartyName();
        title = heading + " · AllTeach";
        Button reschedule = new Button("Reschedule", VaadinIcon.CALENDAR_CLOCK.create(), click -> reschedule(call));
        Button cancel = new Button("Cancel call", VaadinIcon.CLOSE_CIRCLE_O.create(), click -> cancel(call));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reschedule.setVisible(call.movable());
        cancel.setVisible(call.changeable());
        add(CoachingCallsView.backLink(), new PageHeader(heading, reschedule, cancel));

        Div details = new Div();
        details.addClassNames("card", "call-details");
        Span when = new Span(CallTimes.describe(call.start(), call.end(), zone, locale));
        when.addClassName("call-when");
        Div top = new Div(when);
        top.addClassName("call-top");
        top.add(call.status() == CallStatus.CANCELLED ? new Badge("Cancelled", "status", "expired")
                : call.changeable() ? new Badge("Confirmed", "status", "accepted")
                : new Badge("Started or over", "status", "alumni"));
        details.add(top, new Paragraph(CallTimes.length(call.length()) + " · times in your time zone"));
        if (call.meetingPlace() != null && call.status() == CallStatus.CONFIRMED) {
            Paragraph where = new Paragraph(new Span("Where: "), call.meetingPlace().matches("(?i)https?://\\S+")
                    ? new Anchor(call.meetingPlace(), call.meetingPlace()) : new Span(call.meetingPlace()));
            where.addClassName("call-where");
            details.add(where);
        }
        Div people = new Div(new PersonChip(call.coachId(), call.coachName(), "Coach"),
                new PersonChip(call.participantId(), call.participantName(),
                        call.teamName() == null ? "Participant" : "Participant · " + call.teamName()));
        people.addClassName("call-people");
        details.add(people);
        if (call.status() == CallStatus.CANCELLED) {
            DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(locale).withZone(zone);
            Paragraph cancelled = new Paragraph("Cancelled by " + call.cancelledBy() + " on "
                    + format.format(call.cancelledAt()) + "."
                    + (call.cancelReason() == null ? "" : " Message: \u201c" + call.cancelReason() + "\u201d"));
            cancelled.addClassName("call-cancelled");
            details.add(cancelled);
        }
        add(details);

        Div agenda = new Div(new H2("Agenda"));
        agenda.addClassNames("card", "call-agenda");
        agenda.add(new Html("<div class=\"post-body\">" + call.agendaHtml() + "</div>"));
        if (call.thread() != null) {
            Anchor thread = new Anchor("discuss/t/" + call.thread().id(), call.thread().title());
            Paragraph about = new Paragraph(new Span("Thread to discuss: "), thread);
            about.addClassName("call-thread");
            agenda.add(about);
        }
        add(agenda);
    }

    private void reschedule(CoachingCall call) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Move your call with " + call.otherPartyName());
        dialog.addClassName("coaching-dialog");
        dialog.setWidth("46rem");
        dialog.setMaxWidth("95vw");
        LocalDate today = LocalDate.now(clock.withZone(zone));
        RescheduleForm form = new RescheduleForm((from, to) -> calls.freeSlotsToMoveTo(call.id(), from, to), zone,
                locale, today, start -> calls.reschedule(call.id(), start), () -> {
                    dialog.close();
                    FieldErrors.Notifications.success("Moved. " + call.otherPartyName()
                            + " gets an updated invitation.");
                    show(calls.call(call.id()));
                });
        Paragraph current = new Paragraph("Now: " + CallTimes.describe(call.start(), call.end(), zone, locale));
        current.addClassName("muted");
        dialog.add(current, form);
        Button close = new Button("Keep the current time", click -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.getFooter().add(close, form.moveButton());
        dialog.open();
    }

    private void cancel(CoachingCall call) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Cancel your call with " + call.otherPartyName() + "?");
        dialog.addClassName("coaching-dialog");
        dialog.setWidth("32rem");
        dialog.setMaxWidth("95vw");
        Paragraph explain = new Paragraph(call.otherPartyName() + " gets an email and the call leaves both "
                + "calendars. " + (call.myParty() == Party.PARTICIPANT ? "You can book another time afterwards." : ""));
        dialog.add(explain, new CancelForm(call.otherPartyName(), reason -> calls.cancel(call.id(), reason), () -> {
            dialog.close();
            FieldErrors.Notifications.success("Cancelled. " + call.otherPartyName() + " has been told.");
            show(calls.call(call.id()));
        }));
        Button keep = new Button("Keep the call", click -> dialog.close());
        keep.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.getFooter().add(keep);
        dialog.open();
    }
}
