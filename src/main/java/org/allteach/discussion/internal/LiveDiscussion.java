package org.allteach.discussion.internal;

import org.allteach.discussion.DiscussionTopics;
import org.allteach.discussion.PostCreated;
import org.allteach.shared.ui.LiveUpdates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells open thread pages and category lists about new posts once they are committed. */
@Component
class LiveDiscussion {

    private final LiveUpdates liveUpdates;
    private final ThreadRepository threads;

    LiveDiscussion(LiveUpdates liveUpdates, ThreadRepository threads) {
        this.liveUpdates = liveUpdates;
        this.threads = threads;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(PostCreated created) {
        liveUpdates.publish(DiscussionTopics.thread(created.threadId()));
        threads.findById(created.threadId()).ifPresent(thread -> liveUpdates.publish(DiscussionTopics.category(
                thread.getCategoryId())));
    }
}
