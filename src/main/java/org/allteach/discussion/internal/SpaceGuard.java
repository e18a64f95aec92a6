package org.allteach.discussion.internal;

import java.util.NoSuchElementException;

import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.discussion.CommunityMembers;
import org.allteach.identity.CurrentPerson;
import org.allteach.shared.ReadOnlyArchive;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read and moderate a space, checked against live memberships on every call:
 * a collaborative's open space is read by its members and moderated by its organisers and coaches; a team's private
 * space is read by the team, its coach and the organisers, and moderated by the coach and organisers; the community
 * of practice is read by its members (alumni and those who opted in) and moderated by the portal's administrators. Something the
 * person may not read looks exactly like something that does not exist, so ids cannot be probed.
 */
@Component
public class SpaceGuard {

    private static final String NOT_FOUND = "This discussion does not exist, or it is private to another team.";

    private final CollaborativeAccess access;
    private final CurrentPerson currentPerson;
    private final CommunityMembers community;
    private final SpaceRepository spaces;
    private final CategoryRepository categories;
    private final ThreadRepository threads;
    private final PostRepository posts;

    SpaceGuard(CollaborativeAccess access, CurrentPerson currentPerson, CommunityMembers community,
               SpaceRepository spaces, CategoryRepository categories, ThreadRepository threads, PostRepository posts) {
        this.access = access;
        this.currentPerson = currentPerson;
        this.community = community;
        this.spaces = spaces;
        this.categories = categories;
        this.threads = threads;
        this.posts = posts;
    }

    public boolean canRead(Space space) {
        return switch (space.getKind()) {
            case COLLABORATIVE -> access.isMember(space.getCollaborativeId());
            case TEAM -> access.canSeeTeam(space.getTeamId());
            case COMMUNITY -> currentPerson.isAdministrator() || community.isMember(currentPerson.requireId());
        };
    }

    public boolean canModerate(Space space) {
        return switch (space.getKind()) {
            case COLLABORATIVE -> access.isOrganiser(space.getCollaborativeId())
                    || access.isCoachIn(space.getCollaborativeId());
            case TEAM -> access.isOrganiser(space.getCollaborativeId()) || access.isCoachOf(space.getTeamId());
            case COMMUNITY -> currentPerson.isAdministrator();
        };
    }

    /** Whether someone other than the signed-in person may read the space: mentions and notifications ask this. */
    public boolean canPersonRead(long personId, Space space) {
        return switch (space.getKind()) {
            case COLLABORATIVE -> access.canPersonRead(personId, space.getCollaborativeId(), null);
            case TEAM -> access.canPersonRead(personId, space.getCollaborativeId(), space.getTeamId());
            case COMMUNITY -> community.isMember(personId);
        };
    }

    public boolean mayStartThread(Space space, Category category) {
        return !space.isReadOnly() && (!category.getKind().moderatorsStartThreads() || canModerate(space));
    }

    /**
     * The one check before anything is written to a space: a closed collaborative's spaces are read-only archives.
     *
     * @throws ReadOnlyArchive when the space is an archive
     */
    public void requireWritable(Space space) {
        if (space.isReadOnly()) {
            throw new ReadOnlyArchive("This space is an archive of a collaborative that has ended: it can be read, "
                    + "not changed. Carry the conversation on in the community of practice.");
        }
    }

    public Space readableSpace(long spaceId) {
        return spaces.findById(spaceId).filter(this::canRead).orElseThrow(() -> new NoSuchElementException(NOT_FOUND));
    }

    public Category readableCategory(long categoryId) {
        Category category = categories.findById(categoryId).orElseThrow(() -> new NoSuchElementException(NOT_FOUND));
        readableSpace(category.getSpaceId());
        return category;
    }

    public DiscussionThread readableThread(long threadId) {
        DiscussionThread thread = threads.findById(threadId)
                .orElseThrow(() -> new NoSuchElementException(NOT_FOUND));
        readableSpace(thread.getSpaceId());
        return thread;
    }

    public Post readablePost(long postId) {
        Post post = posts.findById(postId).orElseThrow(() -> new NoSuchElementException(NOT_FOUND));
        readableThread(post.getThreadId());
        return post;
    }

    public void requireModerator(Space space) {
        if (!canModerate(space)) {
            throw new AccessDeniedException("Only the space's coaches and organisers may do this.");
        }
    }
}
