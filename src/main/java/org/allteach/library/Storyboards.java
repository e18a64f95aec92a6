package org.allteach.library;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.collaborative.TeamByline;
import org.allteach.collaborative.TeamRef;
import org.allteach.collaborative.Teams;
import org.allteach.collaborative.VisibleScopes;
import org.allteach.identity.Accounts;
import org.allteach.identity.CurrentPerson;
import org.allteach.identity.PersonProfile;
import org.allteach.library.internal.Resource;
import org.allteach.library.internal.ResourceComment;
import org.allteach.library.internal.ResourceCommentRepository;
import org.allteach.library.internal.Storyboard;
import org.allteach.library.internal.StoryboardPoster;
import org.allteach.library.internal.StoryboardRepository;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.markdown.MarkdownRenderer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.allteach.identity.PersonProfile.displayNameIn;

/**
 * Storyboards: a team's aim, the changes it tested, its results, lessons and next steps, shown as a one-page poster
 * (also as a PDF) that other teams comment on. A storyboard is a library resource of kind
 * {@link ResourceKind#STORYBOARD}, so the library's rules for who may read it hold; it belongs to one team, whose
 * members and coach (and the collaborative's organisers) may change it, whoever may read it.
 */
@Service
@Transactional(readOnly = true)
public class Storyboards {

    private static final String NOT_FOUND = "This storyboard does not exist, or it is not shared with you.";
    private static final int MAX_COMMENT = 5_000;
    private static final int MAX_FILE_NAME = 120;

    private final Library library;
    private final StoryboardRepository storyboards;
    private final ResourceCommentRepository comments;
    private final StoryboardPoster poster;
    private final CollaborativeAccess access;
    private final Teams teams;
    private final CurrentPerson currentPerson;
    private final Accounts accounts;
    private final MarkdownRenderer markdown;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Storyboards(Library library, StoryboardRepository storyboards, ResourceCommentRepository comments,
                StoryboardPoster poster, CollaborativeAccess access, Teams teams, CurrentPerson currentPerson,
                Accounts accounts, MarkdownRenderer markdown, Clock clock, ApplicationEventPublisher events) {
        this.library = library;
        this.storyboards = storyboards;
        this.comments = comments;
        this.poster = poster;
        this.access = access;
        this.teams = teams;
        this.currentPerson = currentPerson;
        this.accounts = accounts;
        this.markdown = markdown;
        this.clock = clock;
        this.events = events;
    }

    /** The teams of a collaborative the signed-in person may write storyboards for: their own; every team for organisers. */
    public List<TeamRef> teamsFor(long collaborativeId) {
        VisibleScopes scopes = access.visibleScopes();
        return teams.teamRefs(collaborativeId).stream().filter(team -> scopes.team(team.id())).toList();
    }

    /**
     * Adds a storyboard for the team {@code details.teamId()}: a library resource with the library's rules (title,
     * visibility and the rest), its sections and, if uploaded, the team's own poster or slides as its first version.
     *
     * @return the new resource's id
     * @throws InvalidInput with the fields of {@link Library#add} and {@code aim}, {@code changesTested},
     *                      {@code results}, {@code lessons}, {@code nextSteps}
     */
    @Transactional
    public long create(ResourceDetails details, StoryboardSections sections, Long fileId, String note) {
        requireStoryboardKind(details);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Written written = validate(errors, sections);
        long resourceId = library.add(details, fileId, note, errors);
        Storyboard storyboard = new Storyboard(resourceId, details.teamId());
        write(storyboard, written);
        storyboards.save(storyboard);
        events.publishEvent(new ResourceChanged(resourceId));
        return resourceId;
    }

    /**
     * Changes a storyboard: its description as {@link Library#update} (it stays a storyboard of the same team) and
     * its sections.
     *
     * @throws InvalidInput as {@link #create}
     */
    @Transactional
    public void update(long resourceId, ResourceDetails details, StoryboardSections sections) {
        library.readable(resourceId);
        Storyboard storyboard = storyboards.findById(resourceId).orElseThrow(() -> new NoSuchElementException(NOT_FOUND));
        requireStoryboardKind(details);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Written written = validate(errors, sections);
        library.update(resourceId, details, errors);
        write(storyboard, written);
        events.publishEvent(new ResourceChanged(resourceId));
    }

    /**
     * The storyboard of a resource the signed-in person may read; empty when the resource is not a storyboard (or
     * a storyboard from before storyboards had sections).
     *
     * @throws NoSuchElementException when the person may not read the resource
     */
    public Optional<StoryboardPage> storyboard(long resourceId) {
        Resource resource = library.readable(resourceId);
        return storyboards.findById(resourceId).map(storyboard -> page(resource, storyboard));
    }

    /**
     * The storyboard as a one-page poster PDF. Rendering takes a moment, so it runs outside a transaction.
     *
     * @throws NoSuchElementException when the person may not read it, or it is not a storyboard
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public PosterFile poster(long resourceId) {
        StoryboardPage page = storyboard(resourceId).orElseThrow(() -> new NoSuchElementException(NOT_FOUND));
        PersonProfile me = accounts.myProfile();
        String updated = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(me.locale())
                .format(page.updatedAt().atZone(me.timeZone()));
        byte[] pdf = poster.render(new StoryboardPoster.Content(page.title(), page.team().collaborativeName(),
                page.team().name(), page.team().organisations(), page.html(), updated));
        return new PosterFile(fileName(page), pdf);
    }

    /**
     * Comments on a storyboard; everyone who may read it may comment (all teach, all learn) while its collaborative is
     * open. Removing a comment stays possible after the end: moderation of what is on show does not stop.
     *
     * @return the comment's id
     * @throws InvalidInput with field {@code body}
     * @throws org.allteach.shared.ReadOnlyArchive when the collaborative has closed
     */
    @Transactional
    public long comment(long resourceId, String body) {
        access.requireOpen(readableStoryboard(resourceId).getCollaborativeId());
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String text = errors.optionalText("body", body, MAX_COMMENT);
        if (text == null && !errors.has("body")) {
            errors.add("body", "Write your comment first.");
        }
        errors.throwIfAny();
        return comments.save(new ResourceComment(resourceId, currentPerson.requireId(), text,
                markdown.toSafeHtml(text), clock.instant())).getId();
    }

    /** A page of a storyboard's comments, oldest first; withdrawn and removed ones keep their place without text. */
    public List<CommentView> comments(long resourceId, int offset, int limit) {
        Resource resource = readableStoryboard(resourceId);
        int size = Math.max(1, limit);
        List<ResourceComment> page = comments.findByResourceIdOrderByCreatedAtAscIdAsc(resourceId,
                PageRequest.of(offset / size, size));
        Map<Long, PersonProfile> authors = accounts.profiles(page.stream().map(ResourceComment::getAuthorId)
                .collect(Collectors.toSet()));
        long me = currentPerson.requireId();
        boolean organiser = access.isOrganiser(resource.getCollaborativeId());
        return page.stream().map(comment -> {
            CommentView.Status status = !comment.isRemoved() ? CommentView.Status.SHOWN
                    : Long.valueOf(comment.getAuthorId()).equals(comment.getRemovedBy()) ? CommentView.Status.WITHDRAWN
                    : CommentView.Status.REMOVED;
            boolean mine = comment.getAuthorId() == me;
            return new CommentView(comment.getId(), displayNameIn(authors, comment.getAuthorId()),
                    comment.getCreatedAt(), comment.isRemoved() ? "" : comment.getBodyHtml(), status, mine,
                    !comment.isRemoved() && (mine || organiser));
        }).toList();
    }

    public int countComments(long resourceId) {
        readableStoryboard(resourceId);
        return Math.toIntExact(comments.countByResourceId(resourceId));
    }

    /** Its author withdraws a comment; an organiser of the collaborative removes anyone's. */
    @Transactional
    public void removeComment(long commentId) {
        ResourceComment comment = comments.findById(commentId)
                .orElseThrow(() -> new NoSuchElementException("This comment does not exist."));
        Resource resource = library.readable(comment.getResourceId());
        long me = currentPerson.requireId();
        if (comment.getAuthorId() != me && !access.isOrganiser(resource.getCollaborativeId())) {
            throw new AccessDeniedException("Only its author and the organisers may remove a comment.");
        }
        comment.remove(me, clock.instant());
    }

    private Resource readableStoryboard(long resourceId) {
        Resource resource = library.readable(resourceId);
        if (!storyboards.existsById(resourceId)) {
            throw new NoSuchElementException(NOT_FOUND);
        }
        return resource;
    }

    private StoryboardPage page(Resource resource, Storyboard storyboard) {
        TeamByline team = teams.byline(storyboard.getTeamId());
        String updatedBy = displayNameIn(accounts.profiles(Set.of(storyboard.getUpdatedBy())), storyboard.getUpdatedBy());
        return new StoryboardPage(resource.getId(), resource.getTitle(), resource.getCollaborativeId(),
                resource.getVisibility(), team,
                new StoryboardSections(storyboard.getAim(), storyboard.getChangesTested(), storyboard.getResults(),
                        storyboard.getLessons(), storyboard.getNextSteps()),
                new StoryboardSections(storyboard.getAimHtml(), storyboard.getChangesTestedHtml(),
                        storyboard.getResultsHtml(), storyboard.getLessonsHtml(), storyboard.getNextStepsHtml()),
                updatedBy, storyboard.getUpdatedAt(),
                library.mayEdit(resource) && !access.isClosed(resource.getCollaborativeId()));
    }

    private static void requireStoryboardKind(ResourceDetails details) {
        if (details.kind() != ResourceKind.STORYBOARD) {
            throw new IllegalArgumentException("Storyboards are resources of kind STORYBOARD, not " + details.kind());
        }
    }

    private record Written(Storyboard.Section aim, Storyboard.Section changesTested, Storyboard.Section results,
                           Storyboard.Section lessons, Storyboard.Section nextSteps) {
    }

    /** The aim is what a storyboard is about, so it is required; the rest fills in as the work goes on. */
    private Written validate(InvalidInput.Collector errors, StoryboardSections sections) {
        EnumMap<StoryboardSection, Storyboard.Section> written = new EnumMap<>(StoryboardSection.class);
        for (StoryboardSection section : StoryboardSection.values()) {
            String text = errors.optionalText(section.field(), sections.of(section), section.maxLength());
            written.put(section, section(text));
        }
        if (written.get(StoryboardSection.AIM).markdown().isEmpty() && !errors.has("aim")) {
            errors.add("aim", "Write the team's aim: what will improve, by how much, by when.");
        }
        return new Written(written.get(StoryboardSection.AIM), written.get(StoryboardSection.CHANGES_TESTED),
                written.get(StoryboardSection.RESULTS), written.get(StoryboardSection.LESSONS),
                written.get(StoryboardSection.NEXT_STEPS));
    }

    private Storyboard.Section section(String text) {
        return text == null ? new Storyboard.Section("", "") : new Storyboard.Section(text, markdown.toSafeHtml(text));
    }

    private void write(Storyboard storyboard, Written written) {
        storyboard.write(written.aim(), written.changesTested(), written.results(), written.lessons(),
                written.nextSteps(), currentPerson.requireId(), clock.instant());
    }

    /**
     * "Storyboard - Team - Title.pdf", with only letters, digits, spaces and - _ . so any browser and disk take it
     * ("patient's" becomes "patients", other signs a space).
     */
    static String fileName(StoryboardPage page) {
        String name = ("Storyboard - " + page.team().name() + " - " + page.title()).replaceAll("['’]", "")
                .replaceAll("[^\\p{L}\\p{N} ._-]", " ").replaceAll("\\s+", " ").strip();
        if (name.length() > MAX_FILE_NAME) {
            name = name.substring(0, MAX_FILE_NAME).strip();
        }
        return name.replaceAll("^\\.+", "") + ".pdf";
    }
}
