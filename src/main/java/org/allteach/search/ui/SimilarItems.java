package org.allteach.search.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.allteach.search.Search;
import org.allteach.search.SearchResults;
import org.allteach.shared.ui.Badge;

/**
 * "More like this" for a page that shows one searchable thing: resources and threads with similar words that the
 * reader may open. Hidden when there are none.
 */
public class SimilarItems extends Section {

    private static final int LIMIT = 5;

    private final Search search;
    private final Div list = new Div();

    public SimilarItems(Search search) {
        this.search = search;
        addClassName("similar-items");
        list.addClassName("similar-list");
        add(new H2("Similar in the library and discussions"), list);
        setVisible(false);
    }

    /** @param type the thing's search type, e.g. {@code resource} */
    public void show(String type, long id) {
        List<SearchResults.Hit> hits = search.moreLikeThis(type, id, LIMIT);
        list.removeAll();
        for (SearchResults.Hit hit : hits) {
            Anchor title = new Anchor(hit.url());
            title.getElement().setProperty("innerHTML", hit.titleHtml());
            title.getElement().setAttribute("router-link", true);
            Span where = new Span(hit.collaborative());
            where.addClassName("similar-where");
            Div row = new Div(new Badge(hit.kind(), "kind", hit.type()), title, where);
            row.addClassName("similar-item");
            list.add(row);
        }
        setVisible(!hits.isEmpty());
    }
}
