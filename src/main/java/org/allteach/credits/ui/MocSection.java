package org.allteach.credits.ui;

import java.util.List;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.allteach.credits.AttestationSummary;
import org.allteach.credits.MocAttestations;
import org.allteach.credits.MocProjectSummary;
import org.allteach.shared.ui.Badge;

/**
 * "MOC Part IV" on My credits: the QI projects of the person's collaboratives with where their attestation stands,
 * and the attestations waiting for them to co-sign or approve. Empty (hidden) when there is neither.
 */
@StyleSheet("context://styles/moc.css")
class MocSection extends Div {

    MocSection(MocAttestations moc) {
        addClassName("moc-section");
        List<MocProjectSummary> projects = moc.myProjects();
        List<AttestationSummary> waiting = moc.waitingForMe();
        setVisible(!projects.isEmpty() || !waiting.isEmpty());
        add(new H2("MOC Part IV"));
        for (MocProjectSummary project : projects) {
            RouterLink link = new RouterLink(project.title(), MocProjectView.class,
                    new RouteParameters("activityId", String.valueOf(project.activityId())));
            Span status = project.status() == null ? new Span("Not attested yet")
                    : new Badge(project.status().label(), "moc", project.status().name());
            Div row = new Div(link, status);
            row.addClassName("moc-section-row");
            add(row);
        }
        if (!waiting.isEmpty()) {
            RouterLink queue = new RouterLink(waiting.size() == 1 ? "1 attestation waits for you to co-sign or approve"
                    : waiting.size() + " attestations wait for you to co-sign or approve", MocQueueView.class);
            queue.addClassName("moc-section-queue");
            add(queue);
        }
    }
}
