package org.allteach.discussion.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.allteach.collaborative.AudienceMember;
import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.collaborative.Role;
import org.allteach.discussion.Discussions;
import org.allteach.identity.Accounts;
import org.allteach.discussion.MentionMade;
import org.allteach.discussion.PostChanged;
import org.allteach.discussion.PostCreated;
import org.allteach.discussion.PostFlagged;
import org.allteach.discussion.ReactionAdded;
import org.allteach.discussion.SpaceKind;
import org.allteach.notification.NewNotification;
import org.allteach.notification.NotificationType;
import org.allteach.notification.Notifications;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells people about replies, mentions, reactions and flags once the post is committed. Everyone told may read the
 * thread: the events name only readers, and reactions are checked again here (the author may have left the team).
 */
@Component
class DiscussionNotifications {

    /** Enough for moderators of any space; a space has a handful. */
    private static final int MAX_AUDIENCE = 5000;

    private final Notifications notifications;
    private final Discussions discussions;
    private final CollaborativeAccess access;
    private final PostRepository posts;
    private final ThreadRepository threads;
    private final SpaceRepository spaces;
    private final PostAnnotations annotations;
    private final Accounts accounts;

    DiscussionNotifications(Notifications notifications, Discussions discussions, CollaborativeAccess access,
                            PostRepository posts, ThreadRepository threads, SpaceRepository spaces,
                            PostAnnotations annotations, Accounts accounts) {
        this.annotations = annotations;
        this.accounts = accounts;
        this.notifications = notifications;
        this.discussions = discussions;
        this.access = access;
        this.posts = posts;
        this.threads = threads;
        this.spaces = spaces;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(PostCreated created) {
        String excerpt = excerpt(created.postId());
        String link = link(created.threadId());
        String key = "post-" + created.postId();
        // someone mentioned in the post hears of the mention only, as on Discourse (MentionMade, whichever comes first)
        Set<Long> mentioned = annotations.mentionedIn(created.postId());
        if (created.repliedToAuthorId() != null && !mentioned.contains(created.repliedToAuthorId())) {
            notifications.notifyIsolated(new NewNotification(created.repliedToAuthorId(), NotificationType.REPLY, key,
                    created.authorId(), "replied to your post in “" + created.threadTitle() + "”", excerpt, link));
        }
        String action = created.number() == 1 ? "started “" + created.threadTitle() + "”"
                : "posted in “" + created.threadTitle() + "”";
        // the same source key: someone replied to who also watches the thread hears once
        for (long watcher : created.watcherIds()) {
            if (mentioned.contains(watcher)) {
                continue;
            }
            notifications.notifyIsolated(new NewNotification(watcher, NotificationType.REPLY, key, created.authorId(),
                    action, excerpt, link));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(MentionMade mention) {
        notifications.notifyIsolated(new NewNotification(mention.mentionedPersonId(), NotificationType.MENTION,
                "mention-" + mention.postId(), mention.authorId(), "mentioned you in “" + mention.threadTitle() + "”",
                excerpt(mention.postId()), link(mention.threadId())));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ReactionAdded reaction) {
        if (!discussions.mayRead(reaction.postAuthorId(), reaction.threadId())) {
            return;
        }
        String title = threads.findById(reaction.threadId()).map(DiscussionThread::getTitle).orElse("a thread");
        notifications.notifyIsolated(new NewNotification(reaction.postAuthorId(), NotificationType.REACTION,
                "reaction-" + reaction.postId() + "-" + reaction.reactorId() + "-" + reaction.reaction(),
                reaction.reactorId(), "reacted to your post in “" + title + "”", excerpt(reaction.postId()),
                link(reaction.threadId()), "reactions-post-" + reaction.postId()));
    }

    /**
     * The space's moderators hear of a flag. Runs in the flagger's request after the commit, so the audience query
     * is asked as someone who may read the space.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(PostFlagged flagged) {
        Space space = spaces.findById(flagged.spaceId()).orElse(null);
        if (space == null) {
            return;
        }
        Set<Long> moderators = new LinkedHashSet<>();
        if (space.getKind() == SpaceKind.COMMUNITY) {
            // the community belongs to no collaborative: the portal's administrators moderate it (decision 34)
            moderators.addAll(accounts.administratorIds());
        } else {
            Long teamId = space.getKind() == SpaceKind.TEAM ? space.getTeamId() : null;
            for (AudienceMember member : access.audience(space.getCollaborativeId(), teamId, "", MAX_AUDIENCE)) {
                if (member.role() == Role.ORGANISER || member.role() == Role.COACH) {
                    moderators.add(member.personId());
                }
            }
        }
        String title = threads.findById(flagged.threadId()).map(DiscussionThread::getTitle).orElse("a thread");
        for (long moderator : moderators) {
            notifications.notifyIsolated(new NewNotification(moderator, NotificationType.FLAG,
                    "flag-" + flagged.postId() + "-" + flagged.flaggerId(), flagged.flaggerId(),
                    "flagged a post in “" + title + "” as " + flagged.reason().label().toLowerCase(java.util.Locale.ROOT),
                    // no excerpt: a post flagged for patient information must not travel by email
                    "", "discuss/review", "flags-post-" + flagged.postId()));
        }
    }

    /**
     * Keeps the excerpts people were told in line with the post: an edit shows in the bell and later digests, and a
     * hidden or withdrawn post's words leave them (the items stay, saying what happened).
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(PostChanged changed) {
        notifications.updateText(List.of("post-" + changed.postId(), "mention-" + changed.postId()),
                "reactions-post-" + changed.postId(), excerpt(changed.postId()));
    }

    /** The post's opening words; nothing for a hidden or withdrawn post. */
    private String excerpt(long postId) {
        return posts.findById(postId).filter(post -> !post.isHidden() && !post.isWithdrawn())
                .map(post -> NewNotification.excerpt(post.getBody())).orElse("");
    }

    private static String link(long threadId) {
        return "discuss/t/" + threadId;
    }
}
