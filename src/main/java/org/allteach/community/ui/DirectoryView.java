package org.allteach.community.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.allteach.community.Community;
import org.allteach.community.DirectoryEntry;
import org.allteach.identity.CurrentPerson;
import org.allteach.shared.ui.PageHeader;

/**
 * The community's directory: who did what in which collaborative, what they can help with, searchable by expertise
 * tag and text, with "Send a message" to each. Open to anyone in a collaborative, so a new cohort finds the alumni who
 * solved its problem.
 */
@Route("community/directory")
@PageTitle("Directory · Community of practice · AllTeach")
@PermitAll
@StyleSheet("context://styles/community.css")
class DirectoryView extends Main implements BeforeEnterObserver {

    static final int PAGE = 24;

    private final Community community;
    private final long me;
    final TextField search = new TextField();
    private final Div tags = new Div();
    private final Span found = new Span();
    private final Div entries = new Div();
    final Button more = new Button("Show more");
    private String tag;
    private int shown;

    DirectoryView(Community community, CurrentPerson currentPerson) {
        this.community = community;
        this.me = currentPerson.requireId();
        addClassNames("page", "community-page");
        RouterLink back = new RouterLink("Community of practice", CommunityView.class);
        Div crumbs = new Div(back, new Span("›"), new Span("Directory"));
        crumbs.addClassName("breadcrumbs");
        Paragraph lead = new Paragraph("Alumni of every collaborative and current members who joined. Search for the "
                + "problem you are working on, an area of expertise, a collaborative or a team.");
        lead.addClassName("community-intro");
        search.setPlaceholder("Search: medication, REaL data, Southside…");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel("Search the directory");
        search.addValueChangeListener(change -> reload());
        tags.addClassName("expertise-tags");
        found.addClassName("muted");
        Div filters = new Div(search, found);
        filters.addClassName("directory-filters");
        entries.addClassName("directory-entries");
        more.addClassName("directory-more");
        more.addClickListener(click -> showMore());
        add(crumbs, new PageHeader("Directory"), lead, filters, tags, entries, more);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        community.requireBrowser();
        showTags();
        reload();
    }

    private void showTags() {
        tags.removeAll();
        List<String> popular = community.popularTags();
        if (!popular.isEmpty()) {
            Span label = new Span("Expertise:");
            label.addClassName("muted");
            tags.add(label);
        }
        popular.forEach(value -> tags.add(tagButton(value)));
    }

    private NativeButton tagButton(String value) {
        NativeButton button = new NativeButton(value, click -> {
            tag = value.equals(tag) ? null : value;
            showTags();
            reload();
        });
        button.addClassName("expertise-tag");
        button.getElement().setAttribute("aria-pressed", String.valueOf(value.equals(tag)));
        return button;
    }

    private void reload() {
        entries.removeAll();
        shown = 0;
        int count = community.countDirectory(search.getValue(), tag);
        found.setText(count == 1 ? "1 person" : count + " people");
        showMore();
        if (count == 0) {
            entries.add(new Paragraph("Nobody matches yet. Try a shorter word, or ask in the community's "
                    + "discussions."));
        }
    }

    private void showMore() {
        List<DirectoryEntry> page = community.directory(search.getValue(), tag, shown, PAGE);
        page.forEach(entry -> entries.add(card(entry)));
        shown += page.size();
        more.setVisible(shown < community.countDirectory(search.getValue(), tag));
    }

    private Div card(DirectoryEntry entry) {
        Span name = new Span(entry.displayName());
        name.addClassName("directory-entry-name");
        Div card = new Div(name);
        card.addClassName("directory-entry");
        card.getElement().setAttribute("data-person", String.valueOf(entry.personId()));
        if (entry.alumnus()) {
            UnorderedList history = new UnorderedList(entry.history().stream()
                    .map(role -> new ListItem(role.label())).toArray(ListItem[]::new));
            history.addClassName("directory-entry-history");
            card.add(history);
        } else {
            Span current = new Span("Current member");
            current.addClassName("directory-entry-history");
            card.add(current);
        }
        if (entry.askMeAbout() != null) {
            Paragraph ask = new Paragraph();
            Span label = new Span("Ask me about: ");
            label.addClassName("directory-entry-ask-label");
            ask.add(label, new Span(entry.askMeAbout()));
            ask.addClassName("directory-entry-ask");
            card.add(ask);
        }
        if (!entry.expertise().isEmpty()) {
            Div expertise = new Div();
            expertise.addClassName("expertise-tags");
            entry.expertise().forEach(value -> expertise.add(tagButton(value)));
            card.add(expertise);
        }
        if (entry.personId() != me) {
            Anchor write = new Anchor("messages?to=" + entry.personId() + "&in=community", "");
            write.add(VaadinIcon.ENVELOPE_O.create(), new Span(" Send a message"));
            Div actions = new Div(write);
            actions.addClassName("directory-entry-actions");
            card.add(actions);
        }
        return card;
    }
}
