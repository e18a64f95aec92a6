package org.allteach.search;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * A feature whose content is searched. The index asks it for documents when it is rebuilt and, after a change,
 * when the feature calls {@link SearchIndex#refresh}. Implementations read without access checks: the index filters
 * every query by {@link SearchDocument#audience()}.
 */
public interface SearchSource {

    /** A short stable name, e.g. {@code resource}; part of every document's key. */
    String type();

    /** How many documents {@link #forEach} will hand in, for showing a rebuild's progress. */
    long count();

    /** Hands in every current document (not deleted, not hidden), a batch at a time. */
    void forEach(Consumer<SearchDocument> sink);

    /** The current document, or empty when it should no longer be found (deleted, hidden). */
    Optional<SearchDocument> find(long id);
}
