package org.allteach.ui;

import java.util.NoSuchElementException;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.allteach.shared.ReadOnlyArchive;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Errors thrown while handling a click or other UI event: the person sees a short message (and a reference for
 * support), the log gets the details. Refusals by a service, and things someone else removed, say so plainly.
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
        Throwable cause = knownCause(event.getThrowable());
        String message;
        if (cause instanceof ReadOnlyArchive archive) {
            log.info("Refused in an archive: {}", archive.getMessage());
            message = archive.getMessage();
        } else if (cause instanceof AccessDeniedException) {
            log.info("Refused: {}", cause.getMessage());
            message = "You do not have permission to do that.";
        } else if (cause instanceof NoSuchElementException) {
            log.info("Gone: {}", cause.getMessage());
            message = "This was removed or changed by someone else in the meantime. Reload the page to see the latest.";
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

    /** A refusal or a vanished item somewhere in the chain, which people can understand; else the error itself. */
    private static Throwable knownCause(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException || t instanceof NoSuchElementException) {
                return t;
            }
        }
        return throwable;
    }
}
