package org.allteach.ui;

import java.util.NoSuchElementException;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Services report something that does not exist, or that the person may not see, as {@link NoSuchElementException}
 * (so ids cannot be probed); a page opened for it shows the same "not found" as an unknown address.
 */
@PageTitle("Page not found · AllTeach")
@AnonymousAllowed
class NoSuchThingView extends ErrorPage implements HasErrorParameter<NoSuchElementException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NoSuchElementException> parameter) {
        return showNotFound();
    }
}
