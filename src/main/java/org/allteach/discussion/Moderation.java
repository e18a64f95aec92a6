package org.allteach.discussion;

import static org.allteach.identity.PersonProfile.displayNameIn;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allteach.discussion.internal.Category;
import org.allteach.discussion.internal.CategoryRepository;
import org.allteach.discussion.internal.DiscussionThread;
import org.allteach.discussion.internal.Flag;
import org.allteach.discussion.internal.FlagRepository;
import org.allteach.discussion.internal.Post;
import org.allteach.discussion.internal.PostRepository;
import org.allteach.discussion.internal.Space;
import org.allteach.discussion.internal.SpaceGuard;
import org.allteach.discussion.internal.SpaceRepository;
import org.allteach.discussion.internal.ThreadRepository;
import org.allteach.identity.Accounts;
import org.allteach.identity.CurrentPerson;
import org.allteach.identity.PersonProfile;
import org.allteach.shared.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping discussions healthy: members flag posts; enough flags hide a post until a coach or organiser reviews it;
 * moderators pin, lock and move threads and restore withdrawn or hidden posts; askers and moderators mark the answer
 * that solved a question.
 */
@Service
@Transactional
public class Moderation {

    private static final int MAX_NOTE = 500;
    private static final int REVIEW_QUEUE_SCAN = 500;

    private final SpaceGuard guard;
    private final CurrentPerson currentPerson;
    private final Accounts accounts;
    private final SpaceRepository spaces;
    private final CategoryRepository categories;
    private final ThreadRepository threads;
    private final PostRepository posts;
    private final FlagRepository flags;
    private final DiscussionProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Moderation(SpaceGuard guard, CurrentPerson currentPerson, Accounts accounts, SpaceRepository spaces,
               CategoryRepository categories, ThreadRepository threads, PostRepository posts, FlagRepository flags,
               DiscussionProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.guard = guard;
        this.currentPerson = currentPerson;
        this.accounts = accounts;
        this.spaces = spaces;
        this.categories = categories;
        this.threads = threads;
        this.posts = posts;
        this.flags = flags;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Flags a post for review. The {@code flagsToHide}-th open flag from different members hides it pending review.
     *
     * @throws InvalidInput with fields {@code reason}, {@code note}
     */
    public void flag(long postId, FlagReason reason, String note) {
        Post post = guard.readablePost(postId);
        long me = currentPerson.requireId();
        if (post.getAuthorId() == me) {
            throw new AccessDeniedException("You cannot flag your own post; edit or withdraw it instead.");
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (reason == null) {
            errors.add("reason", "Choose why this post needs a moderator.");
        }
        String text = errors.optionalText("note", note, MAX_NOTE);
        if (reason == FlagReason.OTHER && (text == null || text.isBlank()) && !errors.has("note")) {
            errors.add("note", "Tell the moderators what is wrong.");
        }
        if (flags.existsByPostIdAndFlaggerId(postId, me)) {
            errors.add("reason", "You have already flagged this post; the moderators will look at it.");
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        flags.save(new Flag(postId, me, reason, text, now));
        DiscussionThread thread = threads.getReferenceById(post.getThreadId());
        events.publishEvent(new PostFlagged(postId, thread.getId(), thread.getSpaceId(), me, reason));
        if (!post.isHidden() && flags.countByPostIdAndResolvedAtIsNull(postId) >= properties.flagsToHide()) {
            post.hide(now);
            events.publishEvent(new PostHidden(postId, thread.getId(), post.getAuthorId(), true));
            events.publishEvent(new PostChanged(postId, thread.getId()));
        }
    }

    /** Posts with open flags in the spaces the signed-in person moderates, oldest flag first. */
    @Transactional(readOnly = true)
    public List<FlaggedPost> reviewQueue() {
        List<Flag> open = flags.findOpen(PageRequest.of(0, REVIEW_QUEUE_SCAN));
        Map<Long, List<Flag>> byPost = new LinkedHashMap<>();
        open.forEach(flag -> byPost.computeIfAbsent(flag.getPostId(), id -> new ArrayList<>()).add(flag));
        Map<Long, Post> postsById = new LinkedHashMap<>();
        posts.findAllById(byPost.keySet()).forEach(post -> postsById.put(post.getId(), post));
        Map<Long, DiscussionThread> threadsById = new LinkedHashMap<>();
        threads.findAllById(postsById.values().stream().map(Post::getThreadId).toList())
                .forEach(thread -> threadsById.put(thread.getId(), thread));
        Map<Long, Space> spacesById = new LinkedHashMap<>();
        spaces.findAllById(threadsById.values().stream().map(DiscussionThread::getSpaceId).toList())
                .forEach(space -> spacesById.put(space.getId(), space));
        Map<Long, Boolean> moderates = new LinkedHashMap<>();
        Set<Long> people = new HashSet<>();
        open.forEach(flag -> people.add(flag.getFlaggerId()));
        postsById.values().forEach(post -> people.add(post.getAuthorId()));
        Map<Long, PersonProfile> names = accounts.profiles(people);
        List<FlaggedPost> queue = new ArrayList<>();
        byPost.forEach((postId, postFlags) -> {
            Post post = postsById.get(postId);
            DiscussionThread thread = threadsById.get(post.getThreadId());
            Space space = spacesById.get(thread.getSpaceId());
            if (moderates.computeIfAbsent(space.getId(), id -> guard.canModerate(space))) {
                queue.add(new FlaggedPost(postId, thread.getId(), post.getNumber(), thread.getTitle(), space.getName(),
                        displayNameIn(names, post.getAuthorId()), post.getBodyHtml(),
                        post.isWithdrawn() ? PostState.WITHDRAWN : post.isHidden() ? PostState.HIDDEN
                                : PostState.VISIBLE, postFlags.getFirst().getCreatedAt(),
                        postFlags.stream().map(flag -> new FlaggedPost.FlagView(
                                displayNameIn(names, flag.getFlaggerId()), flag.getReason(), flag.getNote(),
                                flag.getCreatedAt())).toList()));
            }
        });
        return queue;
    }

    /** The moderator finds the post acceptable: its flags are closed and, if it was hidden, it shows again. */
    public void keep(long postId) {
        Post post = moderatedPost(postId);
        resolveFlags(postId, Flag.Resolution.KEPT);
        if (post.isHidden()) {
            post.restore();
            events.publishEvent(new PostChanged(postId, post.getThreadId()));
        }
    }

    /** The moderator agrees with the flags: the post stays hidden (its author is told) and its flags are closed. */
    public void hide(long postId) {
        Post post = moderatedPost(postId);
        resolveFlags(postId, Flag.Resolution.HIDDEN);
        if (!post.isHidden()) {
            post.hide(clock.instant());
            events.publishEvent(new PostHidden(postId, post.getThreadId(), post.getAuthorId(), false));
            events.publishEvent(new PostChanged(postId, post.getThreadId()));
        }
    }

    /** Puts a withdrawn or hidden post back. */
    public void restore(long postId) {
        Post post = moderatedPost(postId);
        post.restore();
        events.publishEvent(new PostChanged(postId, post.getThreadId()));
    }

    public void setPinned(long threadId, boolean pinned) {
        moderatedThread(threadId).setPinned(pinned);
    }

    public void setLocked(long threadId, boolean locked) {
        moderatedThread(threadId).setLocked(locked);
    }

    /** Moves a thread to another category of the same space. */
    public void move(long threadId, long categoryId) {
        DiscussionThread thread = moderatedThread(threadId);
        Category target = categories.findById(categoryId).filter(c -> c.getSpaceId() == thread.getSpaceId())
                .orElseThrow(() -> InvalidInput.of("category", "Choose a category of this space."));
        thread.moveTo(target.getId());
        if (!target.getKind().answerable()) {
            thread.setSolutionPostId(null);
        }
    }

    /**
     * Marks a reply as the answer that solved an Ask-the-faculty question (the asker or a moderator); marking the
     * current answer again clears it.
     */
    public void toggleSolution(long postId) {
        Post post = guard.readablePost(postId);
        DiscussionThread thread = threads.getReferenceById(post.getThreadId());
        Category category = categories.getReferenceById(thread.getCategoryId());
        Space space = spaces.getReferenceById(thread.getSpaceId());
        guard.requireWritable(space);
        boolean allowed = category.getKind().answerable()
                && (thread.getAuthorId() == currentPerson.requireId() || guard.canModerate(space));
        if (!allowed) {
            throw new AccessDeniedException("Only the asker or a moderator marks the answer, in Ask the faculty.");
        }
        if (post.getNumber() == 1 || post.isWithdrawn() || post.isHidden()) {
            throw InvalidInput.of("solution", "Mark a visible reply as the answer, not the question itself.");
        }
        thread.setSolutionPostId(post.getId().equals(thread.getSolutionPostId()) ? null : post.getId());
    }

    private void resolveFlags(long postId, Flag.Resolution resolution) {
        Instant now = clock.instant();
        long me = currentPerson.requireId();
        flags.findByPostIdAndResolvedAtIsNull(postId).forEach(flag -> flag.resolve(resolution, me, now));
    }

    private Post moderatedPost(long postId) {
        Post post = guard.readablePost(postId);
        guard.requireModerator(spaces.getReferenceById(threads.getReferenceById(post.getThreadId()).getSpaceId()));
        return post;
    }

    private DiscussionThread moderatedThread(long threadId) {
        DiscussionThread thread = guard.readableThread(threadId);
        Space space = spaces.getReferenceById(thread.getSpaceId());
        guard.requireModerator(space);
        // pinning, locking and moving rearrange the archive; hiding and restoring posts stay possible
        guard.requireWritable(space);
        return thread;
    }
}
