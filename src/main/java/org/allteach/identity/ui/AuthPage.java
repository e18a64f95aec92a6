package org.allteach.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The centred card that sign-in, password and invitation pages share, with the AllTeach brand above it. */
public class AuthPage extends Main {

    private final Div card = new Div();

    public AuthPage(String title, String lead) {
        addClassName("auth-page");
        Div brand = new Div(new Span("AllTeach"), new Span("All teach, all learn"));
        brand.addClassName("auth-brand");
        card.addClassName("auth-card");
        card.add(new H1(title));
        if (lead != null) {
            Paragraph paragraph = new Paragraph(lead);
            paragraph.addClassName("auth-lead");
            card.add(paragraph);
        }
        add(brand, card);
    }

    public void addToCard(Component... components) {
        card.add(components);
    }

    public void replaceCardContent(String title, Component... components) {
        card.removeAll();
        card.add(new H1(title));
        card.add(components);
    }
}
