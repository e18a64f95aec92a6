package org.allteach.calendar.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.allteach.calendar.EventKind;
import org.allteach.shared.ui.Badge;

/** What each colour means, under the calendar, and for the community's members what the dashed outline means. */
class KindLegend extends Div {

    KindLegend(boolean communityMember) {
        addClassName("kind-legend");
        getElement().setAttribute("aria-label", "Colours by kind of event");
        for (EventKind kind : EventKind.values()) {
            Span swatch = new Span();
            swatch.addClassName("kind-swatch");
            Span item = new Span(swatch, new Span(kind.label()));
            item.addClassNames("kind-legend-item", kindClass(kind));
            add(item);
        }
        if (communityMember) {
            Span swatch = new Span();
            swatch.addClassNames("kind-swatch", "community-swatch");
            Span item = new Span(swatch, new Span("The community of practice"));
            item.addClassName("kind-legend-item");
            add(item);
        }
    }

    /** The CSS class that gives an element its kind's colours ({@code --kind}, {@code --kind-bg}). */
    static String kindClass(EventKind kind) {
        return "kind-" + kind.name().toLowerCase(Locale.ROOT);
    }

    /** Marks the community of practice's events among a collaborative's. */
    static Badge communityBadge() {
        return new Badge("Community", "audience", "community");
    }
}
