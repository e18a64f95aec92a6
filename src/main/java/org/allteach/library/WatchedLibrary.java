package org.allteach.library;

import java.util.Set;

/**
 * What one person watches in the library: the whole of it, or some kinds of resource (the library's categories).
 *
 * @param wholeLibrary every new resource they may open, whatever its kind
 * @param kinds        the kinds watched one by one; may overlap the whole library
 */
public record WatchedLibrary(boolean wholeLibrary, Set<ResourceKind> kinds) {

    public WatchedLibrary {
        kinds = Set.copyOf(kinds);
    }

    /** Whether a new resource of all these kinds would be told; no kinds means the whole library. */
    public boolean covers(Set<ResourceKind> wanted) {
        return wholeLibrary || (!wanted.isEmpty() && kinds.containsAll(wanted));
    }

    public boolean isEmpty() {
        return !wholeLibrary && kinds.isEmpty();
    }
}
