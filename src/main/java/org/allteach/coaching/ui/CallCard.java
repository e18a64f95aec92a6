package org.allteach.coaching.ui;

import java.time.ZoneId;
import java.util.Locale;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.allteach.coaching.CallStatus;
import org.allteach.coaching.CallTimes;
import org.allteach.coaching.CoachingCall;
import org.allteach.coaching.Party;
import org.allteach.shared.ui.Badge;
import org.allteach.shared.ui.PersonChip;

/** A call in a list, from the viewer's side: when (in their zone), with whom, what about; opens the call's page. */
class CallCard extends RouterLink {

    private static final int AGENDA_PREVIEW = 160;

    /** @param plainText the agenda's Markdown as plain text */
    CallCard(CoachingCall call, ZoneId zone, Locale locale, UnaryOperator<String> plainText) {
        super(CallView.class, new RouteParameters("callId", String.valueOf(call.id())));
        addClassNames("card", "call-card");
        if (call.status() == CallStatus.CANCELLED) {
            addClassName("cancelled");
        }
        Span when = new Span(CallTimes.describe(call.start(), call.end(), zone, locale));
        when.addClassName("call-when");
        Div top = new Div(when);
        top.addClassName("call-top");
        if (call.status() == CallStatus.CANCELLED) {
            top.add(new Badge("Cancelled", "status", "expired"));
        }
        add(top, person(call));
        String agenda = call.agenda() == null ? "" : plainText.apply(call.agenda()).replaceAll("\\s+", " ").strip();
        if (!agenda.isEmpty()) {
            Paragraph preview = new Paragraph(agenda.length() > AGENDA_PREVIEW
                    ? agenda.substring(0, AGENDA_PREVIEW) + "\u2026" : agenda);
            preview.addClassName("call-agenda-preview");
            add(preview);
        }
    }

    private static PersonChip person(CoachingCall call) {
        String team = call.teamName() == null ? "" : " \u00b7 " + call.teamName();
        if (call.myParty() == Party.COACH) {
            return new PersonChip(call.participantId(), call.participantName(), "Participant" + team);
        }
        if (call.myParty() == Party.PARTICIPANT) {
            return new PersonChip(call.coachId(), call.coachName(), "Your coach \u00b7 " + CallTimes.length(call.length()));
        }
        return new PersonChip(call.participantId(), call.participantName(), "with coach " + call.coachName() + team);
    }
}
