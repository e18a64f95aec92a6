package org.allteach.library;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;

import org.allteach.identity.CurrentPerson;
import org.allteach.library.internal.LibrarySubscriptions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Watching the library, as Discourse's category watching: the signed-in person hears of every new resource of the
 * kinds they watch (the library's categories), or of the whole library, that they may open. Every signed-in person may
 * read the library page, so anyone may watch; whether they may open a resource is checked when it is published.
 */
@Service
@Transactional(readOnly = true)
public class LibraryWatching {

    private final LibrarySubscriptions subscriptions;
    private final CurrentPerson currentPerson;
    private final Clock clock;

    LibraryWatching(LibrarySubscriptions subscriptions, CurrentPerson currentPerson, Clock clock) {
        this.subscriptions = subscriptions;
        this.currentPerson = currentPerson;
        this.clock = clock;
    }

    /** What the signed-in person watches. */
    public WatchedLibrary mine() {
        return subscriptions.of(currentPerson.requireId());
    }

    /** Watches these kinds of resource; no kinds means the whole library. */
    @Transactional
    public void watch(Collection<ResourceKind> kinds) {
        long me = currentPerson.requireId();
        if (kinds.isEmpty()) {
            subscriptions.watch(me, null, clock.instant());
        }
        kinds.forEach(kind -> subscriptions.watch(me, kind, clock.instant()));
    }

    /**
     * Stops watching these kinds; no kinds means the whole library and every kind in it. Someone watching the whole
     * library who stops watching one kind goes on watching the other kinds.
     */
    @Transactional
    public void unwatch(Collection<ResourceKind> kinds) {
        long me = currentPerson.requireId();
        EnumSet<ResourceKind> stopped = kinds.isEmpty() ? EnumSet.allOf(ResourceKind.class) : EnumSet.copyOf(kinds);
        if (subscriptions.of(me).wholeLibrary()) {
            subscriptions.unwatch(me, null);
            EnumSet.complementOf(stopped)
                    .forEach(kind -> subscriptions.watch(me, kind, clock.instant()));
        }
        stopped.forEach(kind -> subscriptions.unwatch(me, kind));
    }
}
