package org.allteach.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * One line of the notification settings page: what it is about, in bold, and a sentence below it, with its controls
 * on the right. The features' own lists on that page (what someone watches) are made of the same lines; the styles
 * are in {@code notifications.css}, which the page loads.
 */
public class SettingRow extends Div {

    public <T extends Component & HasStyle> SettingRow(T label, String description, Component... controls) {
        label.addClassName("setting-label");
        Span sentence = new Span(description);
        sentence.addClassName("setting-description");
        Div texts = new Div(label, sentence);
        texts.addClassName("setting-texts");
        add(texts);
        add(controls);
        addClassName("setting-row");
    }
}
