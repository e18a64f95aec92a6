package org.allteach.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/** A service refused the signed-in person (e.g. another team's page). */
@PageTitle("No access · AllTeach")
@AnonymousAllowed
class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("You do not have access to this page", "It belongs to a team or role you are not part of. If you "
                + "think you should see it, ask your collaborative's organiser.", null);
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
