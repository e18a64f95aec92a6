package org.allteach.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;

/** A page's title on the left and its main actions on the right. */
public class PageHeader extends Div {

    private final H1 title;

    public PageHeader(String title, Component... actions) {
        this.title = new H1(title);
        Div spacer = new Div();
        spacer.addClassName("spacer");
        addClassName("toolbar");
        add(this.title, spacer);
        add(actions);
    }

    public void setTitle(String text) {
        title.setText(text);
    }
}
