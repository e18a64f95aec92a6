package org.allteach.shared.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The banner on a closed collaborative's pages: what can still be done there (read everything) and where the
 * conversation goes on (the community of practice).
 */
@StyleSheet("context://styles/community.css")
public class ArchiveNotice extends Div {

    private final Span closedOn = new Span();

    /** @param what what is archived, as the start of a sentence: "This space", "These measures" */
    public ArchiveNotice(String what) {
        addClassName("archive-notice");
        getElement().setAttribute("role", "status");
        Span title = new Span("Archive");
        title.addClassName("archive-notice-title");
        Paragraph text = new Paragraph(what + " belongs to a collaborative that has ended. Everything can still be "
                + "read; nothing can be added or changed. ");
        text.add(new Anchor("community", "Carry on in the community of practice"));
        closedOn.addClassName("archive-notice-date");
        add(VaadinIcon.ARCHIVE.create(), new Div(title, closedOn, text));
    }

    /** Says when the collaborative closed ("Closed on 3 Nov 2026"), on pages that know; null shows nothing. */
    public void setClosedOn(String date) {
        closedOn.setText(date == null ? "" : " \u00b7 Closed on " + date);
    }
}
