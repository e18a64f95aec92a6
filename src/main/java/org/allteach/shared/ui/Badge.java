package org.allteach.shared.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Span;

/** A small rounded label, coloured by kind ({@code badge role-coach}, {@code badge status-active}, ...). */
public class Badge extends Span {

    /**
     * @param kind  the CSS family, e.g. "role"
     * @param value the enum constant or value; becomes the CSS modifier, e.g. "role-team_lead"
     */
    public Badge(String text, String kind, String value) {
        super(text);
        addClassNames("badge", kind + "-" + value.toLowerCase(Locale.ROOT));
    }
}
