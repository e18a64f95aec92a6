package org.allteach.notification;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The people notifications go to, provided by the identity feature. An interface here rather than a call to identity:
 * identity already queues mail through this feature, and the features may not depend on each other both ways.
 */
public interface NotificationRecipients {

    /** The signed-in person, if any. */
    Optional<Long> signedIn();

    /** The people with these ids who still have an account. */
    Map<Long, Recipient> find(Collection<Long> personIds);
}
