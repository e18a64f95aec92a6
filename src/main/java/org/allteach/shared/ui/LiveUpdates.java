package org.allteach.shared.ui;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Tells open pages that something they show has changed, so they refresh without a reload (Vaadin server push is on,
 * see {@code ui.AppShell}).
 *
 * <p>A <em>topic</em> is a string the feature chooses, such as {@code "messaging/conversation/42"} or
 * {@code "discussion/thread/7"}. A view subscribes its UI to the topics it shows, and the feature publishes a topic
 * once a change is committed. The message carries no data: subscribers read the current state through the feature's
 * services, which check access as usual, so a publisher never leaks anything to a page.
 *
 * <pre>{@code
 * // in a view, in beforeEnter or onAttach
 * liveUpdates.follow(event.getUI(), this, "discussion/thread/" + threadId, this::showNewReplies);
 *
 * // in the feature, after the change is committed
 * @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
 * void on(PostCreated created) {
 *     liveUpdates.publish("discussion/thread/" + created.threadId());
 * }
 * }</pre>
 *
 * <p>Rules that keep it correct:
 * <ul>
 *     <li>Publish only after the transaction commits ({@code @TransactionalEventListener(phase = AFTER_COMMIT)}),
 *     or a subscriber may read the old state, or a change that is then rolled back.</li>
 *     <li>Callbacks run inside {@link UI#access}, in a background thread, with the subscriber's session locked and
 *     current: service calls in them see the subscriber as the signed-in person (Vaadin's security context holder
 *     reads it from the session), never the publisher.</li>
 *     <li>Several publications before a callback has run are delivered as one callback; a callback may see more
 *     than one change.</li>
 *     <li>A subscription ends when it is removed or when its UI is detached (tab closed, session ended).</li>
 * </ul>
 *
 * <p>In-memory, within one JVM. Several application nodes would need a broker behind {@link #publish}
 * (see docs/decisions/0010-direct-messages-and-live-updates.md).
 */
@org.springframework.stereotype.Component
public class LiveUpdates implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final Map<String, Set<Subscription>> subscriptions = new ConcurrentHashMap<>();
    /** Delivery never runs in the publisher's thread: it may hold its own session's lock, and Vaadin refuses to
     * lock a second session from a thread that holds one (a deadlock guard). */
    private final ExecutorService delivery = Executors.newVirtualThreadPerTaskExecutor();

    /**
     * Calls {@code onChange} inside {@code ui.access(...)} whenever the topic is published, until the returned
     * registration is removed or the UI is detached.
     */
    public Registration subscribe(UI ui, String topic, Runnable onChange) {
        Subscription subscription = new Subscription(ui, onChange);
        subscriptions.compute(topic, (key, subscribers) -> {
            Set<Subscription> updated = subscribers == null ? ConcurrentHashMap.newKeySet() : subscribers;
            updated.add(subscription);
            return updated;
        });
        Registration onDetach = ui.addDetachListener(detach -> unsubscribe(topic, subscription));
        return () -> {
            onDetach.remove();
            unsubscribe(topic, subscription);
        };
    }

    /**
     * Subscribes a view to one topic for as long as it is attached: following another topic (the view now shows
     * another thread) ends the previous subscription, and detaching the view ends it too.
     */
    public void follow(UI ui, Component view, String topic, Runnable onChange) {
        stopFollowing(view);
        Registration subscription = subscribe(ui, topic, onChange);
        Registration onDetach = view.addDetachListener(detach -> stopFollowing(view));
        ComponentUtil.setData(view, Following.class, new Following(subscription, onDetach));
    }

    private static void stopFollowing(Component view) {
        Following following = ComponentUtil.getData(view, Following.class);
        if (following != null) {
            following.subscription.remove();
            following.onDetach.remove();
            ComponentUtil.setData(view, Following.class, null);
        }
    }

    /** Tells every page subscribed to the topic to refresh. Call it after the change is committed. */
    public void publish(String topic) {
        Set<Subscription> subscribers = subscriptions.get(topic);
        if (subscribers == null) {
            return;
        }
        for (Subscription subscription : subscribers) {
            if (subscription.pending.compareAndSet(false, true)) {
                delivery.execute(() -> deliver(topic, subscription));
            }
        }
    }

    private void deliver(String topic, Subscription subscription) {
        try {
            subscription.ui.access(() -> {
                subscription.pending.set(false);
                subscription.onChange.run();
            });
        } catch (UIDetachedException gone) {
            unsubscribe(topic, subscription);
        } catch (RuntimeException e) {
            subscription.pending.set(false);
            log.warn("Could not deliver a live update for {}", topic, e);
        }
    }

    private void unsubscribe(String topic, Subscription subscription) {
        subscriptions.computeIfPresent(topic, (key, subscribers) -> {
            subscribers.remove(subscription);
            return subscribers.isEmpty() ? null : subscribers;
        });
    }

    @Override
    public void destroy() {
        delivery.shutdownNow();
    }

    private record Following(Registration subscription, Registration onDetach) {
    }

    private static final class Subscription {
        private final UI ui;
        private final Runnable onChange;
        private final AtomicBoolean pending = new AtomicBoolean();

        private Subscription(UI ui, Runnable onChange) {
            this.ui = ui;
            this.onChange = onChange;
        }
    }
}
