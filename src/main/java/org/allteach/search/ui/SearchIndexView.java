package org.allteach.search.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.search.IndexStatus;
import org.allteach.search.SearchIndex;
import org.allteach.shared.ui.LiveUpdates;
import org.allteach.shared.ui.PageHeader;
import org.springframework.security.access.AccessDeniedException;

/**
 * For organisers: how the search index is doing, and a rebuild from the database with its progress shown live (the
 * index is derived data; a rebuild repairs anything it missed).
 */
@Route("search/index")
@PageTitle("Search index · AllTeach")
@PermitAll
class SearchIndexView extends Main implements BeforeEnterObserver {

    private final SearchIndex searchIndex;
    private final LiveUpdates liveUpdates;
    private final ZoneId zone;
    private final Locale locale;
    private final Span documents = new Span();
    private final Span builtAt = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Paragraph problem = new Paragraph();
    private final Button rebuild = new Button("Rebuild the index", VaadinIcon.REFRESH.create());

    SearchIndexView(SearchIndex searchIndex, LiveUpdates liveUpdates, Accounts accounts) {
        this.searchIndex = searchIndex;
        this.liveUpdates = liveUpdates;
        PersonProfile me = accounts.myProfile();
        this.zone = me.timeZone();
        this.locale = me.locale();
        addClassName("page");
        Paragraph lead = new Paragraph("Search reads from an index kept beside the database and updated with every "
                + "change. Rebuild it if results look out of date; searches keep working while it is rebuilt.");
        lead.addClassName("page-lead");
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.addClickListener(click -> {
            if (!searchIndex.rebuild()) {
                Notification.show("A rebuild is already running.");
            }
            refresh();
        });
        Div facts = new Div(fact("Items in the index", documents), fact("Last built", builtAt));
        facts.addClassName("index-facts");
        progress.setMin(0);
        progress.setMax(1);
        Div running = new Div(progressText, progress);
        running.addClassName("index-progress");
        problem.addClassName("index-problem");
        Div actions = new Div(rebuild);
        actions.addClassName("index-actions");
        add(new PageHeader("Search index"), lead, facts, running, problem, actions);
    }

    private static Div fact(String label, Span value) {
        Span name = new Span(label);
        name.addClassName("fact-label");
        value.addClassName("fact-value");
        Div fact = new Div(name, value);
        fact.addClassName("fact");
        return fact;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!searchIndex.mayManage()) {
            throw new AccessDeniedException("Only organisers look after the search index.");
        }
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        liveUpdates.follow(attach.getUI(), this, SearchIndex.progressTopic(), this::refresh);
    }

    private void refresh() {
        IndexStatus status = searchIndex.status();
        documents.setText(String.format(locale, "%,d", status.documents()));
        builtAt.setText(status.builtAt() == null ? "Not yet" : DateTimeFormatter
                .ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).format(status.builtAt().atZone(zone)));
        progress.getParent().ifPresent(parent -> parent.setVisible(status.building()));
        progress.setValue(status.total() == 0 ? 0 : Math.min(1, (double) status.done() / status.total()));
        progressText.setText(String.format(locale, "Rebuilding: %,d of %,d items", status.done(), status.total()));
        problem.setText(status.problem() == null ? "" : status.problem());
        problem.setVisible(status.problem() != null);
        rebuild.setEnabled(!status.building());
    }
}
