package org.allteach.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@PageTitle("Something went wrong · AllTeach")
@AnonymousAllowed
class InternalErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = ErrorReference.next();
        log.error("Error {} while opening {}", reference, event.getLocation().getPath(), parameter.getCaughtException());
        show("Something went wrong", "The page could not be shown. Nothing you entered was lost; try again in a "
                + "moment.", reference);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
