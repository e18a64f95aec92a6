package org.allteach.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.allteach.notification.Unsubscribes;

/**
 * Where the unsubscribe link of a notification email lands, signed in or not. Opening it only shows what it would
 * stop (mail scanners open links); pressing the button stops it.
 */
@Route(value = "unsubscribe", autoLayout = false)
@PageTitle("Unsubscribe · AllTeach")
@AnonymousAllowed
@StyleSheet("context://styles/notifications.css")
class UnsubscribeView extends Main implements HasUrlParameter<String> {

    private final Unsubscribes unsubscribes;
    private final Div card = new Div();
    final Button unsubscribe = new Button("Unsubscribe");
    private String token;

    UnsubscribeView(Unsubscribes unsubscribes) {
        this.unsubscribes = unsubscribes;
        addClassNames("auth-page", "unsubscribe-page");
        Span name = new Span("AllTeach");
        name.addClassName("brand-name");
        card.addClassNames("auth-card", "unsubscribe-card");
        add(name, card);
        unsubscribe.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        unsubscribe.addClickListener(click -> show(unsubscribes.confirm(token), true));
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        this.token = token;
        show(unsubscribes.open(token), false);
    }

    private void show(Unsubscribes.Offer offer, boolean justDone) {
        card.removeAll();
        Anchor settings = new Anchor("settings/notifications", "Choose which emails you get");
        if (!offer.valid()) {
            card.add(new H1("This link cannot be used"), new Paragraph("The unsubscribe link is not known. Sign in "
                    + "and choose which emails you get in your notification settings."), settings);
        } else if (offer.done()) {
            card.add(new H1(justDone ? "You are unsubscribed" : "Already unsubscribed"),
                    new Paragraph("You will no longer get " + offer.what() + ". You can turn them on again in "
                            + "your notification settings at any time."), settings);
        } else {
            card.add(new H1("Unsubscribe?"), new Paragraph("Stop " + offer.what() + "? You will still see this "
                    + "news in AllTeach when you sign in, and you can change it in your notification settings."),
                    unsubscribe, settings);
        }
    }
}
