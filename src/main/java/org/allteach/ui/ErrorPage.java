package org.allteach.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import jakarta.servlet.http.HttpServletResponse;

/** The page behind every error view: a plain explanation and a way back. Never a stack trace. */
abstract class ErrorPage extends Main {

    ErrorPage() {
        addClassNames("page", "error-page");
    }

    /** The same words for an unknown address and for something the person may not see: nothing to probe. */
    int showNotFound() {
        show("Page not found", "There is no page at this address, or you do not have access to it.", null);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    void show(String title, String explanation, String reference) {
        removeAll();
        Div card = new Div(new H1(title), new Paragraph(explanation));
        if (reference != null) {
            Paragraph ref = new Paragraph("If you tell us about it, mention reference " + reference + ".");
            ref.addClassName("error-reference");
            card.add(ref);
        }
        card.add(new Anchor("", "Go to the home page"));
        card.addClassName("auth-card");
        add(card);
    }
}
