package org.allteach.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Errors thrown while handling a click or other UI event: the person sees a short message (and a reference for
 * support), the log gets the details. Refusals by a service say so plainly.
 */
@Component
class FriendlyErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = rootAccessDenied(event.getThrowable());
        String message;
        if (cause instanceof AccessDeniedException) {
            log.info("Refused: {}", cause.getMessage());
            message = "You do not have permission to do that.";
        } else {
            String reference = ErrorReference.next();
            log.error("Error {} in a UI event", reference, event.getThrowable());
            message = "Something went wrong, and it was not saved. Try again; if it happens again, mention reference "
                    + reference + ".";
        }
        if (VaadinSession.getCurrent() != null && com.vaadin.flow.component.UI.getCurrent() != null) {
            Notification.show(message, 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
        }
    }

    private static Throwable rootAccessDenied(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return t;
            }
        }
        return throwable;
    }
}
