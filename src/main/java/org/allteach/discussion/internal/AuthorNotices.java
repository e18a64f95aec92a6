package org.allteach.discussion.internal;

import java.util.Map;

import org.allteach.discussion.PostHidden;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.notification.Email;
import org.allteach.notification.MailOutbox;
import org.allteach.shared.PublicLinks;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells an author when their post is hidden, at once and by email, whatever their notification settings: being
 * silenced without a word is what makes people leave a community.
 */
@Component
class AuthorNotices {

    private final Accounts accounts;
    private final ThreadRepository threads;
    private final MailOutbox outbox;
    private final PublicLinks links;

    AuthorNotices(Accounts accounts, ThreadRepository threads, MailOutbox outbox, PublicLinks links) {
        this.accounts = accounts;
        this.threads = threads;
        this.outbox = outbox;
        this.links = links;
    }

    @EventListener
    void on(PostHidden hidden) {
        PersonProfile author = accounts.profile(hidden.authorId());
        String thread = threads.findById(hidden.threadId()).map(DiscussionThread::getTitle).orElse("a discussion");
        outbox.queue(new Email(author.email(), "Your post in “" + thread + "” is hidden for review", "post-hidden",
                Map.of("name", author.displayName(), "thread", thread, "byFlags", hidden.byFlags(),
                        "link", links.to("discuss/t/" + hidden.threadId())), author.locale()));
    }
}
