package org.allteach.discussion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.allteach.discussion.internal.Category;
import org.allteach.discussion.internal.CategoryRepository;
import org.allteach.discussion.internal.DiscussionThread;
import org.allteach.discussion.internal.MentionFinder;
import org.allteach.discussion.internal.PostAttachments;
import org.allteach.discussion.internal.Post;
import org.allteach.discussion.internal.PostAnnotations;
import org.allteach.discussion.internal.PostRepository;
import org.allteach.discussion.internal.PostRevisionRepository;
import org.allteach.discussion.internal.Space;
import org.allteach.discussion.internal.SpaceGuard;
import org.allteach.discussion.internal.SpaceRepository;
import org.allteach.discussion.internal.ThreadListQueries;
import org.allteach.discussion.internal.ThreadRepository;
import org.allteach.files.FileStorage;
import org.allteach.files.StoredFile;
import org.allteach.identity.Accounts;
import org.allteach.identity.CurrentPerson;
import org.allteach.identity.PersonProfile;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.TagList;
import org.allteach.shared.markdown.MarkdownRenderer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing in discussions: starting threads, replying, editing (the replaced version is kept), withdrawing, reacting
 * and choosing how closely to follow a thread or category.
 */
@Service
@Transactional
public class Posting {

    private static final int MAX_TITLE = 200;

    private final SpaceGuard guard;
    private final CurrentPerson currentPerson;
    private final Accounts accounts;
    private final SpaceRepository spaces;
    private final CategoryRepository categories;
    private final ThreadRepository threads;
    private final PostRepository posts;
    private final PostRevisionRepository revisions;
    private final ThreadListQueries threadLists;
    private final PostAnnotations annotations;
    private final Discussions discussions;
    private final MarkdownRenderer markdown;
    private final DiscussionProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PostAttachments attachments;
    private final FileStorage files;

    Posting(SpaceGuard guard, CurrentPerson currentPerson, Accounts accounts, SpaceRepository spaces,
            CategoryRepository categories, ThreadRepository threads, PostRepository posts,
            PostRevisionRepository revisions, ThreadListQueries threadLists, PostAnnotations annotations,
            Discussions discussions, MarkdownRenderer markdown, DiscussionProperties properties,
            ApplicationEventPublisher events, Clock clock, PostAttachments attachments, FileStorage files) {
        this.attachments = attachments;
        this.files = files;
        this.guard = guard;
        this.currentPerson = currentPerson;
        this.accounts = accounts;
        this.spaces = spaces;
        this.categories = categories;
        this.threads = threads;
        this.posts = posts;
        this.revisions = revisions;
        this.threadLists = threadLists;
        this.annotations = annotations;
        this.discussions = discussions;
        this.markdown = markdown;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Starts a thread with its first post; the author watches it from then on.
     *
     * @return the new thread's id
     * @throws InvalidInput with fields {@code title}, {@code body}, {@code tags}, {@code attachments}
     */
    public long startThread(NewThread request) {
        Category category = guard.readableCategory(request.categoryId());
        Space space = spaces.getReferenceById(category.getSpaceId());
        guard.requireWritable(space);
        if (!guard.mayStartThread(space, category)) {
            throw new AccessDeniedException("Only coaches and organisers start threads in " + category.getName() + ".");
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String title = errors.requiredLine("title", request.title(), MAX_TITLE,
                "Give the thread a title that says what it is about.");
        String body = validBody(errors, request.body());
        List<String> tags = TagList.valid(errors, "tags", request.tags());
        List<Long> attached = validAttachments(errors, request.attachments());
        errors.throwIfAny();
        long me = currentPerson.requireId();
        checkRateLimit(me);
        Instant now = clock.instant();
        DiscussionThread thread = threads.save(new DiscussionThread(space.getId(), category.getId(), title, me, now));
        threadLists.replaceTags(thread.getId(), tags);
        Post post = write(thread, space, body, null, attached, me, now);
        annotations.setThreadLevel(thread.getId(), me, NotificationLevel.WATCHING);
        annotations.markRead(thread.getId(), me, post.getNumber());
        return thread.getId();
    }

    /** Replies without attachments. */
    public int reply(long threadId, String body, Integer replyToNumber) {
        return reply(threadId, body, replyToNumber, List.of());
    }

    /**
     * Replies to a thread, optionally to one of its posts (by number), with files the author uploaded.
     *
     * @return the new post's number
     * @throws InvalidInput with fields {@code body}, {@code attachments}
     */
    public int reply(long threadId, String body, Integer replyToNumber, List<Long> attachmentIds) {
        guard.readableThread(threadId);
        DiscussionThread thread = threads.findForUpdate(threadId).orElseThrow();
        Space space = spaces.getReferenceById(thread.getSpaceId());
        guard.requireWritable(space);
        if (thread.isLocked() && !guard.canModerate(space)) {
            throw new AccessDeniedException("This thread is locked: it takes no new replies.");
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String text = validBody(errors, body);
        List<Long> attached = validAttachments(errors, attachmentIds);
        errors.throwIfAny();
        long me = currentPerson.requireId();
        checkRateLimit(me);
        Integer replyTo = replyToNumber != null && replyToNumber >= 1 && replyToNumber <= thread.getPostCount()
                ? replyToNumber : null;
        Post post = write(thread, space, text, replyTo, attached, me, clock.instant());
        annotations.markRead(threadId, me, post.getNumber());
        if (annotations.threadLevel(threadId, me).isEmpty()) {
            annotations.setThreadLevel(threadId, me, NotificationLevel.TRACKING);
        }
        return post.getNumber();
    }

    /**
     * Replaces a post's text; the previous version stays in its history. Authors edit their own posts, moderators
     * any post.
     *
     * @throws InvalidInput with field {@code body}
     */
    public void edit(long postId, String body) {
        Post post = guard.readablePost(postId);
        DiscussionThread thread = threads.getReferenceById(post.getThreadId());
        Space space = spaces.getReferenceById(thread.getSpaceId());
        guard.requireWritable(space);
        long me = currentPerson.requireId();
        boolean moderator = guard.canModerate(space);
        if (post.isWithdrawn() || !(post.getAuthorId() == me || moderator)
                || (thread.isLocked() && !moderator)) {
            throw new AccessDeniedException("You cannot edit this post.");
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String text = validBody(errors, body);
        errors.throwIfAny();
        if (text.equals(post.getBody())) {
            return;
        }
        revisions.save(post.edit(text, render(text, mentionsIn(text, space)), me, clock.instant()));
        posts.save(post);
        events.publishEvent(new PostChanged(postId, post.getThreadId()));
    }

    /** The author takes a post back; it stays in the thread as "withdrawn" and moderators can restore it. */
    public void withdraw(long postId) {
        Post post = guard.readablePost(postId);
        Space space = spaces.getReferenceById(threads.getReferenceById(post.getThreadId()).getSpaceId());
        guard.requireWritable(space);
        long me = currentPerson.requireId();
        if (post.getAuthorId() != me && !guard.canModerate(space)) {
            throw new AccessDeniedException("Only the author or a moderator may withdraw a post.");
        }
        if (!post.isWithdrawn()) {
            post.withdraw(me, clock.instant());
            events.publishEvent(new PostChanged(postId, post.getThreadId()));
        }
    }

    /** Gives or takes back a reaction; returns whether the reader's reaction is now there. */
    public boolean toggleReaction(long postId, Reaction reaction) {
        Post post = guard.readablePost(postId);
        guard.requireWritable(spaces.getReferenceById(threads.getReferenceById(post.getThreadId()).getSpaceId()));
        if (post.isWithdrawn() || post.isHidden()) {
            throw new AccessDeniedException("Withdrawn and hidden posts take no reactions.");
        }
        long me = currentPerson.requireId();
        boolean added = annotations.toggleReaction(postId, me, reaction, clock.instant());
        if (added && post.getAuthorId() != me) {
            events.publishEvent(new ReactionAdded(postId, post.getThreadId(), post.getAuthorId(), me, reaction));
        }
        return added;
    }

    /**
     * The signed-in person's watched and muted threads and categories that they may still read, categories first; at
     * most {@code limit} (the settings page says when there are more).
     */
    @Transactional(readOnly = true)
    public List<LevelChoice> myLevelChoices(int limit) {
        long me = currentPerson.requireId();
        // choices in spaces they left stay in the table: page on until enough readable ones are found
        Map<Long, Optional<Space>> readable = new HashMap<>();
        List<LevelChoice> choices = new ArrayList<>();
        List<PostAnnotations.LevelChoiceRow> rows;
        int offset = 0;
        do {
            rows = annotations.choicesOf(me, offset, limit);
            offset += rows.size();
            List<Long> unknown = rows.stream().map(PostAnnotations.LevelChoiceRow::spaceId)
                    .filter(id -> !readable.containsKey(id)).distinct().toList();
            unknown.forEach(id -> readable.put(id, Optional.empty()));
            spaces.findAllById(unknown).stream().filter(guard::canRead)
                    .forEach(space -> readable.put(space.getId(), Optional.of(space)));
            for (PostAnnotations.LevelChoiceRow row : rows) {
                readable.get(row.spaceId()).filter(space -> choices.size() < limit).ifPresent(space ->
                        choices.add(row.threadId() == null
                                ? new LevelChoice(null, row.categoryId(), row.categoryName(), space.getName(),
                                        row.level())
                                : new LevelChoice(row.threadId(), row.categoryId(), row.threadTitle(),
                                        space.getName() + " · " + row.categoryName(), row.level())));
            }
        } while (choices.size() < limit && rows.size() == limit);
        return choices;
    }

    public void setThreadLevel(long threadId, NotificationLevel level) {
        guard.readableThread(threadId);
        annotations.setThreadLevel(threadId, currentPerson.requireId(), level);
    }

    public void setCategoryLevel(long categoryId, NotificationLevel level) {
        guard.readableCategory(categoryId);
        annotations.setCategoryLevel(categoryId, currentPerson.requireId(), level);
    }

    private Post write(DiscussionThread thread, Space space, String body, Integer replyTo, List<Long> attached,
                       long me, Instant now) {
        List<MentionFinder.Candidate> mentioned = mentionsIn(body, space);
        int number = thread.nextPost(me, now);
        Post post = posts.save(new Post(thread.getId(), number, me, body, render(body, mentioned), replyTo, now));
        attachments.attach(post.getId(), attached);
        Map<Long, NotificationLevel> levels = annotations.levels(thread.getId(), thread.getCategoryId());
        Long repliedToAuthor = replyTo == null ? null
                : posts.findByThreadIdAndNumber(thread.getId(), replyTo).map(Post::getAuthorId)
                .filter(author -> author != me && levels.get(author) != NotificationLevel.MUTED
                        && guard.canPersonRead(author, space))
                .orElse(null);
        List<Long> watchers = levels.entrySet().stream()
                .filter(entry -> entry.getValue() == NotificationLevel.WATCHING && entry.getKey() != me)
                .map(Map.Entry::getKey).filter(person -> guard.canPersonRead(person, space)).sorted().toList();
        events.publishEvent(new PostCreated(post.getId(), thread.getId(), number, space.getId(), me,
                thread.getTitle(), repliedToAuthor, watchers));
        List<Long> mentionedIds = mentioned.stream().map(MentionFinder.Candidate::personId)
                .filter(id -> id != me).toList();
        annotations.addMentions(post.getId(), mentionedIds);
        mentionedIds.forEach(id -> events.publishEvent(new MentionMade(post.getId(), thread.getId(), id, me,
                thread.getTitle())));
        return post;
    }

    /** Mentions resolve only to people who can read the space: anyone else stays plain text and hears nothing. */
    private List<MentionFinder.Candidate> mentionsIn(String body, Space space) {
        Set<MentionFinder.Candidate> candidates = new LinkedHashSet<>();
        for (String prefix : MentionFinder.prefixes(body)) {
            discussions.mentionable(space.getId(), prefix).forEach(person -> candidates.add(
                    new MentionFinder.Candidate(person.personId(), person.displayName())));
        }
        return candidates.isEmpty() ? List.of() : MentionFinder.mentioned(body, new ArrayList<>(candidates));
    }

    /** Renders the Markdown and marks each resolved mention, so readers see who was mentioned. */
    private String render(String body, List<MentionFinder.Candidate> mentioned) {
        return markdown.toSafeHtml(body, html -> {
            String marked = html;
            for (MentionFinder.Candidate person : mentioned) {
                String name = MarkdownRenderer.escape("@" + person.displayName());
                marked = Pattern.compile(Pattern.quote(name) + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE)
                        .matcher(marked).replaceAll(Matcher.quoteReplacement("<span class=\"mention\" data-person=\""
                                + person.personId() + "\">" + name + "</span>"));
            }
            return marked;
        });
    }

    private String validBody(InvalidInput.Collector errors, String body) {
        if (body == null || body.isBlank()) {
            errors.add("body", "Write something before you post.");
            return null;
        }
        if (body.length() > properties.maxPostLength()) {
            errors.add("body", "This post is %,d characters long; the limit is %,d. Split it into two posts or attach it as a file."
                    .formatted(body.length(), properties.maxPostLength()));
            return null;
        }
        return body.strip();
    }

    /** Only files the author uploaded may be attached: an id typed into a request cannot borrow someone's file. */
    private List<Long> validAttachments(InvalidInput.Collector errors, List<Long> fileIds) {
        List<Long> ids = fileIds == null ? List.of() : fileIds.stream().distinct().toList();
        if (ids.size() > properties.maxAttachments()) {
            errors.add("attachments", "Attach at most %d files to one post.".formatted(properties.maxAttachments()));
            return List.of();
        }
        long me = currentPerson.requireId();
        List<StoredFile> found = files.findAll(ids);
        if (found.size() != ids.size() || found.stream().anyMatch(file -> file.uploadedBy() != me)) {
            errors.add("attachments", "Upload the files again: some of them are no longer available.");
            return List.of();
        }
        return ids;
    }

    /** New accounts may post only so often, which stops a compromised or spam account from flooding a space. */
    private void checkRateLimit(long me) {
        PersonProfile profile = accounts.profile(me);
        Instant now = clock.instant();
        if (profile.joinedAt() == null || profile.joinedAt().isBefore(now.minus(properties.newAccountPeriod()))) {
            return;
        }
        long lastHour = posts.countByAuthorIdAndCreatedAtAfter(me, now.minus(Duration.ofHours(1)));
        if (lastHour >= properties.newAccountPostsPerHour()) {
            throw InvalidInput.of("body", ("New accounts may write %d posts an hour, and you have reached that. "
                    + "Your text is still here: please post it a little later.")
                    .formatted(properties.newAccountPostsPerHour()));
        }
    }
}
