package org.allteach.search.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.search.IndexStatus;
import org.allteach.search.Search;
import org.allteach.search.SearchFacet;
import org.allteach.search.SearchIndex;
import org.allteach.search.SearchQuery;
import org.allteach.search.SearchResults;
import org.allteach.search.SearchSort;
import org.allteach.shared.ui.Badge;
import org.allteach.shared.ui.PageHeader;

/**
 * Search results for the library and the discussions, with facets to narrow them. Everything the person chose is in
 * the address ({@code search?q=…&kind=…&page=2}), so results can be bookmarked, shared and revisited with Back.
 */
@Route("search")
@PageTitle("Search · AllTeach")
@PermitAll
class SearchView extends Main implements BeforeEnterObserver {

    private static final int PAGE_SIZE = 20;
    private static final String TEXT = "q";
    private static final String SORT = "sort";
    private static final String PAGE = "page";

    private final Search search;
    private final ZoneId zone;
    private final Locale locale;
    private final TextField text = new TextField();
    private final Select<SearchSort> sort = new Select<>();
    private final Aside facets = new Aside();
    private final Section results = new Section();
    private SearchQuery current = SearchQuery.of("");

    SearchView(Search search, SearchIndex searchIndex, Accounts accounts) {
        this.search = search;
        PersonProfile me = accounts.myProfile();
        this.zone = me.timeZone();
        this.locale = me.locale();
        addClassName("page");
        addClassName("search-page");
        text.setPlaceholder("Search toolkits, storyboards, papers and discussions");
        text.setAriaLabel("Search words");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.addClassName("search-words");
        text.addKeyPressListener(Key.ENTER, enter -> go(withText(text.getValue())));
        Button find = new Button("Search", click -> go(withText(text.getValue())));
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sort.setAriaLabel("Sort by");
        sort.setItems(SearchSort.values());
        sort.setItemLabelGenerator(s -> s == SearchSort.RELEVANCE ? "Best match" : "Newest first");
        sort.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                go(new SearchQuery(current.text(), current.filters(), change.getValue(), 0, PAGE_SIZE));
            }
        });
        Div bar = new Div(text, find, sort);
        bar.addClassName("search-bar");
        Paragraph help = new Paragraph("Every word must match; \"quoted words\" match as a phrase, -word leaves "
                + "out, screen* matches the beginning of words. Small typos are forgiven.");
        help.addClassName("search-help");
        facets.addClassName("search-facets");
        results.addClassName("search-results");
        Div body = new Div(facets, results);
        body.addClassName("search-body");
        PageHeader header = searchIndex.mayManage()
                ? new PageHeader("Search", new RouterLink("Search index", SearchIndexView.class))
                : new PageHeader("Search");
        add(header, bar, help, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        current = fromAddress(event.getLocation().getQueryParameters());
        text.setValue(current.text());
        sort.setValue(current.sort());
        show(search.search(current));
    }

    private void show(SearchResults found) {
        facets.removeAll();
        results.removeAll();
        IndexStatus status = found.status();
        if (!status.ready()) {
            Paragraph building = new Paragraph("The search index is being built (" + status.done() + " of "
                    + status.total() + " items). Results appear as soon as it is done.");
            building.addClassName("search-notice");
            results.add(building);
            return;
        }
        found.facets().forEach(group -> facets.add(facetGroup(group)));
        results.add(summary(found));
        found.hits().forEach(hit -> results.add(hitCard(hit)));
        if (found.hits().isEmpty()) {
            Paragraph none = new Paragraph(current.filters().isEmpty()
                    ? "Try fewer or other words; a word of four letters or more is found with a typo, too."
                    : "Try removing a filter on the left.");
            none.addClassName("search-empty");
            results.add(none);
        }
        results.add(pager(found.total()));
    }

    private Paragraph summary(SearchResults found) {
        String count = found.total() == 1 ? "1 result" : String.format(locale, "%,d results", found.total());
        Paragraph summary = new Paragraph(current.text().isBlank() ? count : count + " for “" + current.text() + "”");
        summary.addClassName("search-summary");
        return summary;
    }

    private Div facetGroup(SearchResults.FacetCounts group) {
        H3 heading = new H3(group.facet().label());
        Div values = new Div();
        values.addClassName("facet-values");
        for (SearchResults.FacetValue value : group.values()) {
            Checkbox box = new Checkbox(value.label(), value.selected());
            Span count = new Span(String.format(locale, "%,d", value.count()));
            count.addClassName("facet-count");
            box.addValueChangeListener(change -> go(withFilter(group.facet(), value.value(), change.getValue())));
            Div row = new Div(box, count);
            row.addClassName("facet-value");
            values.add(row);
        }
        Div facet = new Div(heading, values);
        facet.addClassName("facet");
        return facet;
    }

    private Div hitCard(SearchResults.Hit hit) {
        Anchor title = new Anchor(hit.url());
        title.getElement().setProperty("innerHTML", hit.titleHtml());
        title.getElement().setAttribute("router-link", true);
        title.addClassName("hit-title");
        Div heading = new Div(new Badge(hit.kind(), "kind", hit.type()), title);
        heading.addClassName("hit-heading");
        Div meta = new Div(new Span(hit.collaborative()), new Span(DateTimeFormatter
                .ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(hit.updatedAt().atZone(zone))));
        meta.addClassName("hit-meta");
        Paragraph snippet = new Paragraph();
        snippet.getElement().setProperty("innerHTML", hit.snippetHtml() == null ? "" : hit.snippetHtml());
        snippet.addClassName("hit-snippet");
        Div card = new Div(heading, meta, snippet);
        card.addClassName("hit");
        return card;
    }

    private Div pager(long total) {
        Div pager = new Div();
        pager.addClassName("search-pager");
        int page = current.offset() / PAGE_SIZE;
        long pages = Math.min((total + PAGE_SIZE - 1) / PAGE_SIZE, 1000 / PAGE_SIZE);
        if (pages <= 1) {
            return pager;
        }
        Button previous = new Button("Previous", VaadinIcon.ANGLE_LEFT.create(), click -> go(atPage(page - 1)));
        previous.setEnabled(page > 0);
        Button next = new Button("Next", VaadinIcon.ANGLE_RIGHT.create(), click -> go(atPage(page + 1)));
        next.setIconAfterText(true);
        next.setEnabled(page + 1 < pages);
        Span where = new Span("Page " + (page + 1) + " of " + pages);
        pager.add(previous, where, next);
        return pager;
    }

    private SearchQuery withText(String words) {
        return new SearchQuery(words, current.filters(), current.sort(), 0, PAGE_SIZE);
    }

    private SearchQuery withFilter(SearchFacet facet, String value, boolean chosen) {
        Map<SearchFacet, Set<String>> filters = new EnumMap<>(SearchFacet.class);
        filters.putAll(current.filters());
        Set<String> values = new LinkedHashSet<>(filters.getOrDefault(facet, Set.of()));
        if (chosen) {
            values.add(value);
        } else {
            values.remove(value);
        }
        if (values.isEmpty()) {
            filters.remove(facet);
        } else {
            filters.put(facet, values);
        }
        return new SearchQuery(current.text(), filters, current.sort(), 0, PAGE_SIZE);
    }

    private SearchQuery atPage(int page) {
        return new SearchQuery(current.text(), current.filters(), current.sort(), page * PAGE_SIZE, PAGE_SIZE);
    }

    private void go(SearchQuery query) {
        getUI().ifPresent(ui -> ui.navigate(SearchView.class, toAddress(query)));
    }

    private static QueryParameters toAddress(SearchQuery query) {
        Map<String, List<String>> parameters = new HashMap<>();
        if (!query.text().isBlank()) {
            parameters.put(TEXT, List.of(query.text()));
        }
        query.filters().forEach((facet, values) -> parameters.put(facet.dimension(), new ArrayList<>(values)));
        if (query.sort() != SearchSort.RELEVANCE) {
            parameters.put(SORT, List.of(query.sort().name().toLowerCase(Locale.ROOT)));
        }
        if (query.offset() > 0) {
            parameters.put(PAGE, List.of(String.valueOf(query.offset() / PAGE_SIZE + 1)));
        }
        return new QueryParameters(parameters);
    }

    /** Reads a search from its address; anything unreadable is ignored rather than shown as an error. */
    private static SearchQuery fromAddress(QueryParameters address) {
        Map<String, List<String>> parameters = address.getParameters();
        String words = parameters.getOrDefault(TEXT, List.of("")).getFirst();
        Map<SearchFacet, Set<String>> filters = new EnumMap<>(SearchFacet.class);
        for (SearchFacet facet : SearchFacet.values()) {
            List<String> values = parameters.getOrDefault(facet.dimension(), List.of());
            if (!values.isEmpty()) {
                filters.put(facet, new LinkedHashSet<>(values));
            }
        }
        SearchSort order = "newest".equals(parameters.getOrDefault(SORT, List.of("")).getFirst())
                ? SearchSort.NEWEST : SearchSort.RELEVANCE;
        int page;
        try {
            page = Math.max(1, Integer.parseInt(parameters.getOrDefault(PAGE, List.of("1")).getFirst()));
        } catch (NumberFormatException unreadable) {
            page = 1;
        }
        return new SearchQuery(words, filters, order, Math.min(page - 1, 1000 / PAGE_SIZE - 1) * PAGE_SIZE,
                PAGE_SIZE);
    }
}
