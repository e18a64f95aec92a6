package org.allteach.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A person at a glance: avatar with initials, name, and a line below (role, email, local time...). */
public class PersonChip extends Div {

    public PersonChip(long personId, String name, String subtitle, Component... extras) {
        addClassName("person");
        Avatar avatar = new Avatar(name);
        avatar.setColorIndex((int) (personId % 7));
        Span nameSpan = new Span(name);
        nameSpan.addClassName("person-name");
        Div text = new Div(nameSpan);
        text.addClassName("person-text");
        if (subtitle != null) {
            Span sub = new Span(subtitle);
            sub.addClassName("muted");
            text.add(sub);
        }
        text.add(extras);
        add(avatar, text);
    }
}
