package org.allteach.discussion;

import static org.allteach.identity.PersonProfile.displayNameIn;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.collaborative.VisibleScopes;
import org.allteach.discussion.internal.Category;
import org.allteach.discussion.internal.CategoryRepository;
import org.allteach.discussion.internal.DiscussionThread;
import org.allteach.discussion.internal.Post;
import org.allteach.discussion.internal.PostAnnotations;
import org.allteach.discussion.internal.PostAttachments;
import org.allteach.discussion.internal.PostMonths;
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
import org.allteach.shared.markdown.MarkdownRenderer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading discussions: the spaces a person may read, a category's threads, a thread's posts. Every method checks
 * that the signed-in person may read what they ask for; what they may not read is reported as not found.
 */
@Service
@Transactional(readOnly = true)
public class Discussions {

    private static final int MAX_MENTION_SUGGESTIONS = 8;

    private final SpaceGuard guard;
    private final CollaborativeAccess access;
    private final CurrentPerson currentPerson;
    private final Accounts accounts;
    private final SpaceRepository spaces;
    private final CategoryRepository categories;
    private final ThreadRepository threads;
    private final PostRepository posts;
    private final PostRevisionRepository revisions;
    private final ThreadListQueries threadLists;
    private final PostAnnotations annotations;
    private final MarkdownRenderer markdown;
    private final PostAttachments attachments;
    private final FileStorage files;
    private final CommunityMembers community;
    private final PostMonths postMonths;

    Discussions(SpaceGuard guard, CollaborativeAccess access, CurrentPerson currentPerson, Accounts accounts,
                SpaceRepository spaces, CategoryRepository categories, ThreadRepository threads,
                PostRepository posts, PostRevisionRepository revisions, ThreadListQueries threadLists,
                PostAnnotations annotations, MarkdownRenderer markdown, PostAttachments attachments,
                FileStorage files, CommunityMembers community, PostMonths postMonths) {
        this.community = community;
        this.postMonths = postMonths;
        this.attachments = attachments;
        this.files = files;
        this.guard = guard;
        this.access = access;
        this.currentPerson = currentPerson;
        this.accounts = accounts;
        this.spaces = spaces;
        this.categories = categories;
        this.threads = threads;
        this.posts = posts;
        this.revisions = revisions;
        this.threadLists = threadLists;
        this.annotations = annotations;
        this.markdown = markdown;
    }

    /**
     * The spaces the signed-in person may read: their collaboratives' open spaces, their teams' spaces and the
     * community of practice when they belong to it; archives of closed collaboratives come last.
     */
    public List<SpaceOverview> mySpaces() {
        VisibleScopes scopes = access.visibleScopes();
        List<Space> visible = new ArrayList<>(scopes.everything()
                ? spaces.findByKindInOrderByCollaborativeIdAscTeamIdAscNameAsc(
                        List.of(SpaceKind.COLLABORATIVE, SpaceKind.TEAM))
                : spaces.findVisible(scopes.collaborativeIdsForQuery(), scopes.teamIdsForQuery()));
        spaces.findFirstByKind(SpaceKind.COMMUNITY).filter(guard::canRead).ifPresent(visible::add);
        List<Long> spaceIds = visible.stream().map(Space::getId).toList();
        List<Category> allCategories = spaceIds.isEmpty() ? List.of()
                : categories.findBySpaceIdInOrderBySpaceIdAscPositionAsc(spaceIds);
        Map<Long, ThreadListQueries.CategoryCounts> counts = threadLists.countsByCategory(
                allCategories.stream().map(Category::getId).toList(), currentPerson.requireId());
        Map<Long, List<CategorySummary>> bySpace = new LinkedHashMap<>();
        for (Category category : allCategories) {
            ThreadListQueries.CategoryCounts count = counts.getOrDefault(category.getId(),
                    new ThreadListQueries.CategoryCounts(0, 0, 0));
            bySpace.computeIfAbsent(category.getSpaceId(), id -> new ArrayList<>()).add(new CategorySummary(
                    category.getId(), category.getKind(), category.getName(), category.getDescription(),
                    count.threads(), count.unreadThreads(), count.newThreads()));
        }
        // where the person can write first (current collaboratives, then the community), archives last
        List<SpaceOverview> overviews = new ArrayList<>();
        for (boolean archives : List.of(false, true)) {
            visible.stream().filter(space -> space.isReadOnly() == archives)
                    .filter(space -> space.getKind() == SpaceKind.COLLABORATIVE).forEach(space -> overviews.add(
                            overview(space, bySpace)));
            visible.stream().filter(space -> space.isReadOnly() == archives)
                    .filter(space -> space.getKind() == SpaceKind.TEAM).forEach(space -> overviews.add(
                            overview(space, bySpace)));
            visible.stream().filter(space -> space.isReadOnly() == archives)
                    .filter(space -> space.getKind() == SpaceKind.COMMUNITY).forEach(space -> overviews.add(
                            overview(space, bySpace)));
        }
        return overviews;
    }

    public CategoryHeader category(long categoryId) {
        Category category = guard.readableCategory(categoryId);
        Space space = spaces.getReferenceById(category.getSpaceId());
        return new CategoryHeader(category.getId(), category.getKind(), category.getName(), category.getDescription(),
                space.getId(), space.getKind(), space.getName(), guard.mayStartThread(space, category),
                annotations.categoryLevel(categoryId, currentPerson.requireId()).orElse(NotificationLevel.TRACKING),
                space.isReadOnly());
    }

    /** Other categories of the same space, for moving a thread. */
    public List<CategorySummary> siblingCategories(long categoryId) {
        Category category = guard.readableCategory(categoryId);
        return categories.findBySpaceIdOrderByPosition(category.getSpaceId()).stream()
                .map(c -> new CategorySummary(c.getId(), c.getKind(), c.getName(), c.getDescription(), 0, 0, 0))
                .toList();
    }

    /** A page of a category's threads: pinned first, then by latest activity. */
    public List<ThreadRow> threads(long categoryId, int offset, int limit) {
        guard.readableCategory(categoryId);
        long me = currentPerson.requireId();
        List<ThreadListQueries.ThreadListRow> rows = threadLists.threads(categoryId, me, offset, limit);
        Map<Long, java.util.Set<String>> tags = threadLists.tags(rows.stream().map(ThreadListQueries.ThreadListRow::id)
                .toList());
        Set<Long> people = new HashSet<>();
        rows.forEach(row -> {
            people.add(row.authorId());
            people.add(row.lastPosterId());
        });
        Map<Long, PersonProfile> names = accounts.profiles(people);
        return rows.stream().map(row -> new ThreadRow(row.id(), row.title(), displayNameIn(names, row.authorId()),
                        List.copyOf(tags.getOrDefault(row.id(), Set.of())), row.postCount(), row.lastPostedAt(),
                        displayNameIn(names, row.lastPosterId()), row.pinned(), row.locked(), row.solved(),
                        row.lastReadNumber() == null,
                        row.level() == NotificationLevel.MUTED ? 0
                                : row.postCount() - (row.lastReadNumber() == null ? 0 : row.lastReadNumber()),
                        row.level()))
                .toList();
    }

    public int countThreads(long categoryId) {
        guard.readableCategory(categoryId);
        return Math.toIntExact(threads.countByCategoryId(categoryId));
    }

    public ThreadHeader thread(long threadId) {
        DiscussionThread thread = guard.readableThread(threadId);
        Space space = spaces.getReferenceById(thread.getSpaceId());
        Category category = categories.getReferenceById(thread.getCategoryId());
        long me = currentPerson.requireId();
        boolean moderator = guard.canModerate(space);
        int lastRead = annotations.lastRead(threadId, me).orElse(0);
        List<String> tags = List.copyOf(threadLists.tags(List.of(threadId)).getOrDefault(threadId, Set.of()));
        return new ThreadHeader(thread.getId(), thread.getTitle(), category.getId(), category.getName(),
                category.getKind(), space.getId(), space.getName(), space.getKind(), tags, thread.getPostCount(),
                thread.isPinned(), thread.isLocked(), thread.getSolutionPostId(),
                Math.min(lastRead + 1, thread.getPostCount() + 1),
                !space.isReadOnly() && (!thread.isLocked() || moderator), moderator,
                !space.isReadOnly() && category.getKind().answerable() && (moderator || thread.getAuthorId() == me),
                annotations.threadLevel(threadId, me).orElse(NotificationLevel.TRACKING), space.isReadOnly());
    }

    /** Posts {@code first .. first + limit - 1} of a thread, in order; the cost does not grow with the thread. */
    public List<PostView> posts(long threadId, int first, int limit) {
        DiscussionThread thread = guard.readableThread(threadId);
        Space space = spaces.getReferenceById(thread.getSpaceId());
        List<Post> page = posts.findPage(threadId, Math.max(1, first), Math.max(1, first) + limit - 1);
        return toViews(thread, space, page);
    }

    /** Earlier versions of a post, newest first. */
    public List<PostRevisionView> history(long postId) {
        Post post = guard.readablePost(postId);
        DiscussionThread thread = threads.getReferenceById(post.getThreadId());
        if (post.isWithdrawn() || post.isHidden()) {
            boolean mayRead = post.getAuthorId() == currentPerson.requireId()
                    || guard.canModerate(spaces.getReferenceById(thread.getSpaceId()));
            if (!mayRead) {
                return List.of();
            }
        }
        var versions = revisions.findByPostIdOrderByRevisionDesc(postId);
        Map<Long, PersonProfile> names = accounts.profiles(versions.stream().map(v -> v.getReplacedBy())
                .collect(Collectors.toSet()));
        return versions.stream().map(v -> new PostRevisionView(v.getRevision(), markdown.toSafeHtml(v.getBody()),
                v.getWrittenAt(), displayNameIn(names, v.getReplacedBy()), v.getReplacedAt())).toList();
    }

    /** Records that the signed-in person has read the thread up to this post. */
    @Transactional
    public void markRead(long threadId, int upToNumber) {
        DiscussionThread thread = guard.readableThread(threadId);
        annotations.markRead(threadId, currentPerson.requireId(), Math.min(upToNumber, thread.getPostCount()));
    }

    /**
     * People who can read the space whose name starts with the prefix, for @mention suggestions: the collaborative's
     * or team's audience, or in the community's space its members (alumni of every cohort and opted-in members).
     */
    public List<Mentionable> mentionable(long spaceId, String prefix) {
        Space space = guard.readableSpace(spaceId);
        long me = currentPerson.requireId();
        if (space.getKind() == SpaceKind.COMMUNITY) {
            return community.named(prefix, MAX_MENTION_SUGGESTIONS + 1).stream()
                    .filter(person -> person.personId() != me).limit(MAX_MENTION_SUGGESTIONS).toList();
        }
        return access.audience(space.getCollaborativeId(), space.getTeamId(), prefix, MAX_MENTION_SUGGESTIONS + 1)
                .stream().filter(person -> person.personId() != me).limit(MAX_MENTION_SUGGESTIONS)
                .map(person -> new Mentionable(person.personId(), person.displayName(),
                        person.teamName() == null ? person.role().label()
                                : person.role().label() + " · " + person.teamName()))
                .toList();
    }

    /** Whether a person (not necessarily the signed-in one) may read a thread; notification listeners ask this. */
    public boolean mayRead(long personId, long threadId) {
        return threads.findById(threadId).flatMap(thread -> spaces.findById(thread.getSpaceId()))
                .map(space -> guard.canPersonRead(personId, space)).orElse(false);
    }

    List<PostView> toViews(DiscussionThread thread, Space space, List<Post> page) {
        long me = currentPerson.requireId();
        boolean moderator = guard.canModerate(space);
        List<Long> postIds = page.stream().map(Post::getId).toList();
        Map<Long, List<PostAnnotations.ReactionRow>> reactions = annotations.reactions(postIds);
        Set<Long> people = new HashSet<>();
        page.forEach(post -> people.add(post.getAuthorId()));
        reactions.values().forEach(rows -> rows.forEach(row -> people.add(row.personId())));
        Map<Long, PersonProfile> names = accounts.profiles(people);
        Map<Long, List<Long>> filesByPost = attachments.filesOf(postIds);
        Map<Long, StoredFile> storedFiles = files.findAll(filesByPost.values().stream().flatMap(List::stream)
                .toList()).stream().collect(Collectors.toMap(StoredFile::id, Function.identity()));
        boolean writable = !space.isReadOnly() && (!thread.isLocked() || moderator);
        return page.stream().map(post -> {
            PostState state = post.isWithdrawn() ? PostState.WITHDRAWN
                    : post.isHidden() ? PostState.HIDDEN : PostState.VISIBLE;
            boolean mine = post.getAuthorId() == me;
            boolean showText = state == PostState.VISIBLE || mine || moderator;
            return new PostView(post.getId(), post.getThreadId(), post.getNumber(), post.getAuthorId(),
                    displayNameIn(names, post.getAuthorId()), showText ? post.getBodyHtml() : "",
                    showText ? post.getBody() : null, post.getCreatedAt(), post.getEditedAt(), post.getEditCount(),
                    post.getReplyToNumber(), state, summarise(reactions.getOrDefault(post.getId(), List.of()), names, me),
                    showText ? filesByPost.getOrDefault(post.getId(), List.of()).stream().map(storedFiles::get)
                            .filter(java.util.Objects::nonNull).map(Discussions::toAttachment).toList() : List.of(),
                    post.getId().equals(thread.getSolutionPostId()),
                    writable && state != PostState.WITHDRAWN && (mine || moderator),
                    !space.isReadOnly() && state != PostState.WITHDRAWN && (mine || moderator),
                    moderator && state != PostState.VISIBLE,
                    !mine && state == PostState.VISIBLE);
        }).toList();
    }

    private static List<ReactionSummary> summarise(List<PostAnnotations.ReactionRow> rows,
                                                   Map<Long, PersonProfile> names, long me) {
        Map<Reaction, List<PostAnnotations.ReactionRow>> byReaction = new EnumMap<>(Reaction.class);
        rows.forEach(row -> byReaction.computeIfAbsent(row.reaction(), r -> new ArrayList<>()).add(row));
        return byReaction.entrySet().stream().map(entry -> new ReactionSummary(entry.getKey(), entry.getValue().size(),
                        entry.getValue().stream().map(row -> displayNameIn(names, row.personId())).toList(),
                        entry.getValue().stream().anyMatch(row -> row.personId() == me)))
                .toList();
    }

    private static Attachment toAttachment(StoredFile file) {
        return new Attachment(file.id(), file.displayName(), file.mediaType(), file.sizeText(), file.downloadPath(),
                file.isImage());
    }

    private static SpaceOverview overview(Space space, Map<Long, List<CategorySummary>> bySpace) {
        return new SpaceOverview(space.getId(), space.getKind(), space.getName(), space.isReadOnly(),
                bySpace.getOrDefault(space.getId(), List.of()));
    }




    /**
     * How much each person posted in a collaborative's spaces (open and team) in each of these months of a time zone,
     * counted in one query; for its organisers and coaches (the engagement dashboard).
     */
    public List<PostTally> postTallies(long collaborativeId, List<YearMonth> months, ZoneId zone) {
        access.requireOrganiserOrCoach(collaborativeId);
        return postMonths.countByAuthorAndMonth(collaborativeId, months, zone).stream()
                .map(row -> new PostTally(row.personId(), row.month(), row.posts(), row.lastPostedAt()))
                .toList();
    }
}
