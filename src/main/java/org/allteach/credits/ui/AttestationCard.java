package org.allteach.credits.ui;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.allteach.credits.Attestation;
import org.allteach.credits.AttestationStep;
import org.allteach.shared.ui.Badge;

/** What a participant attested, where it stands, and its timeline: for the participant and for its signers. */
class AttestationCard extends Div {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.US);

    final OrderedList timeline = new OrderedList();

    AttestationCard(Attestation attestation, ZoneId zone, Locale locale) {
        addClassNames("card", "moc-attestation");
        Div head = new Div(new H2(attestation.personName()), new Badge(attestation.status().label(), "moc",
                attestation.status().name()));
        head.addClassName("moc-attestation-head");
        add(head, fact("Team", attestation.teamName()), fact("Period", period(attestation.from(), attestation.to())),
                fact("Aims of the project", attestation.aims()), fact("Their role", attestation.role()));
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        timeline.addClassName("moc-timeline");
        for (AttestationStep step : attestation.timeline()) {
            Span what = new Span(step.action().label() + " by " + step.actorName());
            what.addClassName("moc-step-what");
            Span at = new Span(when.format(step.at()));
            at.addClassName("moc-step-when");
            ListItem item = new ListItem(what, at);
            item.addClassNames("moc-step", "moc-step-" + step.action().name().toLowerCase(Locale.ROOT));
            if (step.note() != null) {
                Paragraph note = new Paragraph(step.note());
                note.addClassName("moc-step-note");
                item.add(note);
            }
            timeline.add(item);
        }
        Span heading = new Span("Timeline");
        heading.addClassName("moc-label");
        add(heading, timeline);
    }

    static String period(YearMonth from, YearMonth to) {
        return from.equals(to) ? MONTH.format(from) : MONTH.format(from) + " to " + MONTH.format(to);
    }

    static String month(YearMonth month) {
        return MONTH.format(month);
    }

    private static Div fact(String label, String value) {
        Span name = new Span(label);
        name.addClassName("moc-label");
        Paragraph text = new Paragraph(value);
        text.addClassName("moc-value");
        Div fact = new Div(name, text);
        fact.addClassName("moc-fact");
        return fact;
    }
}
