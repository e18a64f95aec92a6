package org.allteach.discussion.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.allteach.discussion.PostRevisionView;

/** Earlier versions of an edited post, newest first. */
class HistoryDialog extends Dialog {

    HistoryDialog(List<PostRevisionView> revisions, ZoneId zone, Locale locale) {
        setHeaderTitle("Edit history");
        if (revisions.isEmpty()) {
            add(new Paragraph("There are no earlier versions you may see."));
        }
        for (PostRevisionView revision : revisions) {
            Div version = new Div(new H3("Version " + revision.revision()),
                    new Paragraph("Written " + Ago.exactly(revision.writtenAt(), zone, locale) + "; replaced by "
                            + revision.replacedByName() + " on " + Ago.exactly(revision.replacedAt(), zone, locale)),
                    new Html("<div class=\"post-body\">" + revision.html() + "</div>"));
            version.addClassName("revision");
            add(version);
        }
        getFooter().add(new Button("Close", click -> close()));
        setWidth("40rem");
    }
}
