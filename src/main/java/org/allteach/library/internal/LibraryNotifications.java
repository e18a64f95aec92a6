package org.allteach.library.internal;

import org.allteach.library.Library;
import org.allteach.library.ResourcePublished;
import org.allteach.notification.NewNotification;
import org.allteach.notification.NotificationType;
import org.allteach.notification.Notifications;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the people watching a kind of resource, or the whole library, about a resource published into it once it is
 * committed. Each watcher's access is checked here, when the news is sent: a watcher who left the team or the
 * collaborative hears nothing, and alumni of a closed collaborative go on reading its library.
 */
@Component
class LibraryNotifications {


    private final Notifications notifications;
    private final Library library;
    private final ResourceRepository resources;
    private final LibrarySubscriptions subscriptions;

    LibraryNotifications(Notifications notifications, Library library, ResourceRepository resources,
                         LibrarySubscriptions subscriptions) {
        this.notifications = notifications;
        this.library = library;
        this.resources = resources;
        this.subscriptions = subscriptions;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ResourcePublished published) {
        Resource resource = resources.findById(published.resourceId()).filter(found -> !found.isDeleted())
                .orElse(null);
        if (resource == null) {
            return;
        }
        String action = "added “" + resource.getTitle() + "” to the library";
        String excerpt = NewNotification.excerpt(resource.getSummary());
        String text = excerpt.isEmpty() ? resource.getKind().label() : resource.getKind().label() + " · " + excerpt;
        // one key per resource: widening who may see it later tells only those who were not told yet
        String key = "new-resource-" + resource.getId();
        for (long watcher : subscriptions.watchers(resource.getKind())) {
            if (watcher != resource.getCreatedBy() && library.mayRead(watcher, resource.getId())) {
                notifications.notifyIsolated(new NewNotification(watcher, NotificationType.NEW_RESOURCE, key,
                        published.publishedBy(), action, text, "library/" + resource.getId()));
            }
        }
    }
}
