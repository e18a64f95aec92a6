package org.allteach.search;

import org.allteach.collaborative.Collaboratives;
import org.allteach.identity.CurrentPerson;
import org.allteach.search.internal.LuceneIndex;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Keeps the search index in line with the features' data. Features call {@link #refresh} after a change is
 * committed; organisers watch and restart a full rebuild.
 */
@Service
public class SearchIndex {

    private final LuceneIndex index;
    private final Collaboratives collaboratives;
    private final CurrentPerson currentPerson;

    SearchIndex(LuceneIndex index, Collaboratives collaboratives, CurrentPerson currentPerson) {
        this.index = index;
        this.collaboratives = collaboratives;
        this.currentPerson = currentPerson;
    }

    /**
     * Writes the current state of one document of a {@link SearchSource} (or removes it when the source no longer
     * has it). Call after the change is committed, e.g. from an {@code AFTER_COMMIT} transactional event listener.
     * No access check: it only copies what the source says, and searches are filtered by audience.
     */
    public void refresh(String type, long id) {
        index.refresh(type, id);
    }

    /** Organisers and administrators look after the index. */
    public boolean mayManage() {
        return currentPerson.isAdministrator() || !collaboratives.organisedByMe().isEmpty();
    }

    public IndexStatus status() {
        requireMayManage();
        return index.status();
    }

    /** Starts rebuilding the index from the database; searches use the current index until it is done. */
    public boolean rebuild() {
        requireMayManage();
        return index.startRebuild();
    }

    /** The topic {@link org.allteach.shared.ui.LiveUpdates} publishes while a rebuild makes progress. */
    public static String progressTopic() {
        return LuceneIndex.PROGRESS_TOPIC;
    }

    private void requireMayManage() {
        if (!mayManage()) {
            throw new AccessDeniedException("Only organisers look after the search index.");
        }
    }
}
