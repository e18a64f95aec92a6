package org.allteach.library;

import static org.allteach.identity.PersonProfile.displayNameIn;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.collaborative.Collaboratives;
import org.allteach.collaborative.TeamRef;
import org.allteach.collaborative.Teams;
import org.allteach.collaborative.VisibleScopes;
import org.allteach.community.Community;
import org.allteach.files.FileStorage;
import org.allteach.files.StoredFile;
import org.allteach.identity.Accounts;
import org.allteach.identity.CurrentPerson;
import org.allteach.identity.PersonProfile;
import org.allteach.library.internal.Resource;
import org.allteach.library.internal.ResourceRepository;
import org.allteach.library.internal.ResourceAuthorRows;
import org.allteach.library.internal.ResourceTags;
import org.allteach.library.internal.ResourceVersion;
import org.allteach.library.internal.ResourceVersionRepository;
import org.allteach.library.internal.StoryboardRepository;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.LikePattern;
import org.allteach.shared.TagList;
import org.allteach.shared.markdown.MarkdownRenderer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resource library: who may find, open, add and change which resource, and their file versions. A resource the
 * person may not see is reported as not found.
 */
@Service
@Transactional(readOnly = true)
public class Library {

    /** The type of library resources in the search index. */
    public static final String SEARCH_TYPE = "resource";

    private static final String NOT_FOUND = "This resource does not exist, or it is not shared with you.";
    private static final int MAX_TITLE = 200;
    private static final int MAX_SUMMARY = 20_000;
    private static final int MAX_LINE = 120;
    private static final int MAX_LINK = 500;
    private static final int MAX_NOTE = 500;
    private static final int MAX_OTHER_AUTHORS = 300;
    private static final int MAX_CREDITS = 20;

    private final ResourceRepository resources;
    private final ResourceVersionRepository versions;
    private final ResourceTags tags;
    private final ResourceAuthorRows authorRows;
    private final StoryboardRepository storyboards;
    private final CollaborativeAccess access;
    private final Teams teams;
    private final CurrentPerson currentPerson;
    private final Accounts accounts;
    private final FileStorage files;
    private final MarkdownRenderer markdown;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Community community;
    private final Collaboratives collaboratives;

    Library(ResourceRepository resources, ResourceVersionRepository versions, ResourceTags tags,
            ResourceAuthorRows authorRows,
            StoryboardRepository storyboards, CollaborativeAccess access, Teams teams, CurrentPerson currentPerson, Accounts accounts,
            FileStorage files, MarkdownRenderer markdown, Clock clock, ApplicationEventPublisher events,
            Community community, Collaboratives collaboratives) {
        this.collaboratives = collaboratives;
        this.events = events;
        this.community = community;
        this.resources = resources;
        this.versions = versions;
        this.tags = tags;
        this.authorRows = authorRows;
        this.storyboards = storyboards;
        this.access = access;
        this.teams = teams;
        this.currentPerson = currentPerson;
        this.accounts = accounts;
        this.files = files;
        this.markdown = markdown;
        this.clock = clock;
    }

    /**
     * A page of the resources the signed-in person may see, most recently changed first.
     *
     * @param kinds the kinds to show; empty for all
     */
    public List<ResourceRow> resources(Collection<ResourceKind> kinds, String title, int offset, int limit) {
        VisibleScopes scopes = access.visibleScopes();
        List<Resource> page = resources.findVisible(scopes.everything(), scopes.collaborativeIdsForQuery(),
                scopes.teamIdsForQuery(), community.amMember(), kindsOrAll(kinds), LikePattern.escape(title),
                PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit)));
        return rows(page);
    }

    public int countResources(Collection<ResourceKind> kinds, String title) {
        VisibleScopes scopes = access.visibleScopes();
        return Math.toIntExact(resources.countVisible(scopes.everything(), scopes.collaborativeIdsForQuery(),
                scopes.teamIdsForQuery(), community.amMember(), kindsOrAll(kinds), LikePattern.escape(title)));
    }

    /**
     * A page of the community library: what alumni and members shared with the community of practice, most recently
     * changed first. For the community's members (and administrators) only.
     *
     * @param kinds the kinds to show; empty for all
     */
    public List<ResourceRow> communityResources(Collection<ResourceKind> kinds, String title, int offset, int limit) {
        requireCommunityReader();
        return rows(resources.findInCommunity(kindsOrAll(kinds), LikePattern.escape(title),
                PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit))));
    }

    public int countCommunityResources(Collection<ResourceKind> kinds, String title) {
        requireCommunityReader();
        return Math.toIntExact(resources.countInCommunity(kindsOrAll(kinds), LikePattern.escape(title)));
    }

    /** Whether the signed-in person reads the community library (and so may share with the community). */
    public boolean mayUseCommunityLibrary() {
        return currentPerson.isAdministrator() || community.amMember();
    }

    /** Whether the signed-in person may add to the community library: its members, not administrators as such. */
    public boolean mayAddToCommunityLibrary() {
        return community.amMember();
    }

    private void requireCommunityReader() {
        if (!mayUseCommunityLibrary()) {
            throw new AccessDeniedException("The community library is for the community's members: alumni, and "
                    + "current members who join on the community page.");
        }
    }

    private List<ResourceRow> rows(List<Resource> page) {
        List<Long> ids = page.stream().map(Resource::getId).toList();
        Map<Long, Set<String>> tagsById = tags.of(ids);
        Map<Long, Integer> versionCounts = new HashMap<>();
        if (!ids.isEmpty()) {
            versions.countByResource(ids).forEach(row -> versionCounts.put((Long) row[0], ((Long) row[1]).intValue()));
        }
        Map<Long, String> teamNames = teamNames(page.stream().map(Resource::getTeamId).toList());
        return page.stream().map(r -> new ResourceRow(r.getId(), r.getKind(), r.getTitle(), r.getFocusArea(),
                List.copyOf(tagsById.getOrDefault(r.getId(), Set.of())), r.getYear(), r.getVisibility(),
                r.getTeamId() == null ? null : teamNames.get(r.getTeamId()),
                versionCounts.getOrDefault(r.getId(), 0), r.getUpdatedAt())).toList();
    }

    public ResourcePage resource(long resourceId) {
        Resource resource = readable(resourceId);
        List<ResourceVersion> history = versions.findByResourceIdOrderByNumberDesc(resourceId);
        Map<Long, StoredFile> stored = files.findAll(history.stream().map(ResourceVersion::getFileId).toList())
                .stream().collect(Collectors.toMap(StoredFile::id, Function.identity()));
        List<ResourceAuthorRows.Credit> credits = authorRows.of(List.of(resourceId)).getOrDefault(resourceId,
                List.of());
        Set<Long> people = new HashSet<>();
        people.add(resource.getCreatedBy());
        credits.stream().map(ResourceAuthorRows.Credit::personId).filter(java.util.Objects::nonNull)
                .forEach(people::add);
        history.forEach(version -> people.add(version.getUploadedBy()));
        Map<Long, PersonProfile> names = accounts.profiles(people);
        // a closed collaborative's library is an archive: the services refuse edits, so the page offers none
        boolean editor = mayEdit(resource) && !access.isClosed(resource.getCollaborativeId());
        List<VersionView> versionViews = history.stream().filter(v -> stored.containsKey(v.getFileId()))
                .map(v -> {
                    StoredFile file = stored.get(v.getFileId());
                    return new VersionView(v.getNumber(), file.displayName(), file.mediaType(), file.sizeText(),
                            file.downloadPath(), v.getNote(), displayNameIn(names, v.getUploadedBy()), v.getUploadedAt(),
                            editor ? v.getTextStatus() : null, editor ? v.getTextProblem() : null);
                }).toList();
        return new ResourcePage(resource.getId(), resource.getKind(), resource.getTitle(), resource.getSummaryHtml(),
                resource.getSummary(), resource.getFocusArea(),
                List.copyOf(tags.of(List.of(resourceId)).getOrDefault(resourceId, Set.of())), resource.getYear(),
                resource.getLicence(), resource.getLink(), resource.getCollaborativeId(),
                collaboratives.names(List.of(resource.getCollaborativeId())).get(resource.getCollaborativeId()),
                resource.getVisibility(), resource.getTeamId(), resource.getTeamId() == null ? null
                : teamNames(List.of(resource.getTeamId())).get(resource.getTeamId()),
                displayNameIn(names, resource.getCreatedBy()), resource.getCreatedAt(), resource.getUpdatedAt(),
                versionViews, editor, mayShareWithCommunity(resource, editor),
                authorNames(credits, names, resource.getOtherAuthors()));
    }

    /** Credits in their order, teams by name even when the reader is outside their collaborative. */
    private List<String> authorNames(List<ResourceAuthorRows.Credit> credits, Map<Long, PersonProfile> people,
                                     String others) {
        Map<Long, String> teamNames = teams.creditedNames(credits.stream().map(ResourceAuthorRows.Credit::teamId)
                .filter(Objects::nonNull).toList());
        List<String> authors = new ArrayList<>();
        for (ResourceAuthorRows.Credit credit : credits) {
            authors.add(credit.personId() != null ? displayNameIn(people, credit.personId())
                    : teamNames.get(credit.teamId()));
        }
        if (others != null) {
            authors.add(others);
        }
        return authors;
    }

    /**
     * Titles of those of these resources that the signed-in person may open, in the order asked; the others are left
     * out. For features that link to resources (an event's materials).
     */
    public Map<Long, String> titles(Collection<Long> resourceIds) {
        Map<Long, Resource> found = resources.findAllById(resourceIds).stream()
                .filter(resource -> !resource.isDeleted()).filter(this::canRead)
                .collect(Collectors.toMap(Resource::getId, Function.identity()));
        Map<Long, String> titles = new java.util.LinkedHashMap<>();
        resourceIds.stream().filter(found::containsKey).forEach(id -> titles.put(id, found.get(id).getTitle()));
        return titles;
    }

    /**
     * Those of these resources that every member of the community of practice may open (shared with the community or
     * with the whole portal), in the order asked: the materials a community event may link.
     */
    public List<Long> openToTheCommunity(Collection<Long> resourceIds) {
        Set<Long> open = resources.findAllById(resourceIds).stream().filter(resource -> !resource.isDeleted())
                .filter(resource -> resource.getVisibility() == Visibility.COMMUNITY
                        || resource.getVisibility() == Visibility.PORTAL)
                .map(Resource::getId).collect(Collectors.toSet());
        return resourceIds.stream().filter(open::contains).toList();
    }

    /**
     * Adds a resource, with its first file when one was uploaded. Storyboards are added with their sections through
     * {@link Storyboards#create}.
     *
     * @return the new resource's id
     * @throws InvalidInput with fields {@code collaborative}, {@code kind}, {@code title}, {@code summary},
     *                      {@code focusArea}, {@code tags}, {@code year}, {@code licence}, {@code link},
     *                      {@code visibility}, {@code team}, {@code file}
     */
    @Transactional
    public long add(ResourceDetails details, Long fileId, String note) {
        if (details.kind() == ResourceKind.STORYBOARD) {
            throw InvalidInput.of("kind", "A storyboard is added with its team and its sections.");
        }
        long id = add(details, fileId, note, new InvalidInput.Collector());
        events.publishEvent(new ResourceChanged(id));
        return id;
    }

    /**
     * Adds a resource with the resource rules of {@link #add(ResourceDetails, Long, String)}, reporting the caller's
     * own findings in {@code errors} together with them; a storyboard needs no file. The caller publishes
     * {@link ResourceChanged} once its part is saved too.
     */
    @Transactional
    long add(ResourceDetails details, Long fileId, String note, InvalidInput.Collector errors) {
        requireMayAdd(details);
        Valid valid = validate(errors, details);
        if (fileId == null && valid.link == null && details.kind() != ResourceKind.STORYBOARD) {
            errors.add("file", "Upload the file, or give a link to where the resource lives.");
        }
        StoredFile file = fileId == null ? null : ownUpload(errors, fileId);
        String versionNote = errors.optionalText("note", note, MAX_NOTE);
        errors.throwIfAny();
        long me = currentPerson.requireId();
        Instant now = clock.instant();
        Resource resource = new Resource(details.collaborativeId(), me, now);
        apply(resource, details, valid, now);
        resource = resources.save(resource);
        tags.replace(resource.getId(), valid.tags);
        authorRows.replace(resource.getId(), valid.authors.personIds(), valid.authors.teamIds());
        if (file != null) {
            ResourceVersion first = versions.save(new ResourceVersion(resource.getId(), 1, file.id(), versionNote, me,
                    now));
            events.publishEvent(new VersionAdded(resource.getId(), first.getId(), file.id()));
        }
        events.publishEvent(new ResourcePublished(resource.getId(), me));
        return resource.getId();
    }

    /** @throws InvalidInput as {@link #add} */
    @Transactional
    public void update(long resourceId, ResourceDetails details) {
        update(resourceId, details, new InvalidInput.Collector());
        events.publishEvent(new ResourceChanged(resourceId));
    }

    /** As {@link #update(long, ResourceDetails)}, with the caller's findings; the caller publishes the change. */
    @Transactional
    void update(long resourceId, ResourceDetails details, InvalidInput.Collector errors) {
        Resource resource = readable(resourceId);
        requireEditor(resource);
        if (details.collaborativeId() != resource.getCollaborativeId()) {
            throw InvalidInput.of("collaborative", "A resource stays in the collaborative it was added to.");
        }
        requireMayAdd(details);
        Valid valid = validate(errors, details);
        if ((resource.getKind() == ResourceKind.STORYBOARD) != (details.kind() == ResourceKind.STORYBOARD)) {
            errors.add("kind", resource.getKind() == ResourceKind.STORYBOARD ? "A storyboard stays a storyboard."
                    : "Add a storyboard as a new resource, with its team and sections.");
        }
        storyboards.findById(resourceId).filter(storyboard -> !Long.valueOf(storyboard.getTeamId())
                .equals(details.teamId())).ifPresent(storyboard -> errors.add("team", "A storyboard stays with its team."));
        errors.throwIfAny();
        Visibility before = resource.getVisibility();
        apply(resource, details, valid, clock.instant());
        if (details.visibility() != before) {
            // shared with others now: watchers who may open it hear of it, those told before not again (source key)
            events.publishEvent(new ResourcePublished(resourceId, currentPerson.requireId()));
        }
        tags.replace(resourceId, valid.tags);
        authorRows.replace(resourceId, valid.authors.personIds(), valid.authors.teamIds());
    }

    /**
     * Uploads a new version; earlier versions stay downloadable.
     *
     * @return the new version's number
     * @throws InvalidInput with fields {@code file}, {@code note}
     */
    @Transactional
    public int addVersion(long resourceId, long fileId, String note) {
        Resource resource = readable(resourceId);
        requireEditor(resource);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        StoredFile file = ownUpload(errors, fileId);
        String versionNote = errors.optionalText("note", note, MAX_NOTE);
        errors.throwIfAny();
        Resource locked = resources.findForUpdate(resourceId).orElseThrow();
        int number = versions.lastNumber(resourceId) + 1;
        Instant now = clock.instant();
        ResourceVersion added = versions.save(new ResourceVersion(resourceId, number, file.id(), versionNote,
                currentPerson.requireId(), now));
        locked.touch(now);
        events.publishEvent(new VersionAdded(resourceId, added.getId(), file.id()));
        return number;
    }

    /** Takes a resource out of the library; its record and files are kept. */
    @Transactional
    public void delete(long resourceId) {
        Resource resource = readable(resourceId);
        requireEditor(resource);
        resource.delete(clock.instant());
        events.publishEvent(new ResourceChanged(resourceId));
    }

    /** The resource if the signed-in person may read it; not found otherwise. */
    Resource readable(long resourceId) {
        return resources.findById(resourceId).filter(r -> !r.isDeleted()).filter(this::canRead)
                .orElseThrow(() -> new NoSuchElementException(NOT_FOUND));
    }

    private boolean canRead(Resource resource) {
        return switch (resource.getVisibility()) {
            case PORTAL -> true;
            case COLLABORATIVE -> access.isMember(resource.getCollaborativeId());
            case TEAM -> access.canSeeTeam(resource.getTeamId());
            case COMMUNITY -> mayUseCommunityLibrary();
        };
    }

    /** Whether a person (not necessarily the signed-in one) may open a resource; notification listeners ask this. */
    public boolean mayRead(long personId, long resourceId) {
        return resources.findById(resourceId).filter(resource -> !resource.isDeleted())
                .filter(resource -> switch (resource.getVisibility()) {
                    case PORTAL -> true;
                    case COLLABORATIVE -> access.canPersonRead(personId, resource.getCollaborativeId(), null);
                    case TEAM -> access.canPersonRead(personId, resource.getCollaborativeId(), resource.getTeamId());
                    case COMMUNITY -> community.isMember(personId);
                }).isPresent();
    }

    /**
     * Whether the signed-in person may share this resource with the community ({@link LibraryCopies}): a community
     * member who is or was in its collaborative; a team's own resource only if they may change it; storyboards stay
     * with their teams.
     */
    boolean mayShareWithCommunity(Resource resource, boolean editor) {
        return resource.getVisibility() != Visibility.COMMUNITY && resource.getKind() != ResourceKind.STORYBOARD
                && (resource.getVisibility() != Visibility.TEAM || editor) && community.amMember()
                && access.isMember(resource.getCollaborativeId());
    }

    /**
     * The person who added it, and the collaborative's organisers; a storyboard belongs to its team, so its team's
     * members and coach (and the organisers), whoever added it.
     */
    boolean mayEdit(Resource resource) {
        if (resource.getKind() == ResourceKind.STORYBOARD) {
            Long team = storyboards.findById(resource.getId()).map(storyboard -> storyboard.getTeamId()).orElse(null);
            if (team != null) {
                return access.canSeeTeam(team) || access.isOrganiser(resource.getCollaborativeId());
            }
        }
        return resource.getCreatedBy() == currentPerson.requireId()
                || access.isOrganiser(resource.getCollaborativeId());
    }

    void requireEditor(Resource resource) {
        requireOpenOrCommunity(resource.getCollaborativeId(), resource.getVisibility());
        if (!mayEdit(resource)) {
            throw new AccessDeniedException(resource.getKind() == ResourceKind.STORYBOARD
                    ? "Only the team's members, its coach and the organisers may change its storyboard."
                    : "Only the person who added this resource and the organisers may change it.");
        }
    }

    /**
     * Members add resources to their collaborative; a team resource (and a storyboard) only for a team they can see;
     * only organisers share with the whole portal; the community's members share with the community, naming a
     * collaborative they were or are in as where it comes from.
     */
    private void requireMayAdd(ResourceDetails details) {
        access.requireMember(details.collaborativeId());
        requireOpenOrCommunity(details.collaborativeId(), details.visibility());
        if (details.visibility() == Visibility.PORTAL) {
            access.requireOrganiser(details.collaborativeId());
        }
        if (details.visibility() == Visibility.COMMUNITY) {
            requireCommunityMember();
        }
        if ((details.visibility() == Visibility.TEAM || details.kind() == ResourceKind.STORYBOARD)
                && details.teamId() != null) {
            access.requireTeamAccess(details.teamId());
        }
    }

    /**
     * A closed collaborative's resources are an archive; what was shared with the community belongs to the community
     * and stays its members' to keep up, whichever collaborative it came from
     * (docs/decisions/0038-community-library-and-events.md).
     */
    private void requireOpenOrCommunity(long collaborativeId, Visibility visibility) {
        if (visibility != Visibility.COMMUNITY) {
            access.requireOpen(collaborativeId);
        }
    }

    /** Sharing with the community is for its members: an administrator reads it but shares as a member would. */
    void requireCommunityMember() {
        if (!mayAddToCommunityLibrary()) {
            throw new AccessDeniedException("Only the community's members share with it: alumni, and current "
                    + "members who join on the community page.");
        }
    }

    private record Valid(String title, String summary, String focusArea, List<String> tags, Integer year,
                         String licence, String link, ResourceAuthors authors) {
    }

    private Valid validate(InvalidInput.Collector errors, ResourceDetails details) {
        if (details.kind() == null) {
            errors.add("kind", "Choose what kind of resource this is.");
        }
        String title = errors.requiredLine("title", details.title(), MAX_TITLE, "Give the resource a title.");
        String summary = errors.optionalText("summary", details.summary(), MAX_SUMMARY);
        String focusArea = errors.optionalLine("focusArea", details.focusArea(), MAX_LINE);
        List<String> validTags = TagList.valid(errors, "tags", details.tags());
        Integer year = details.year();
        int thisYear = Year.now(clock).getValue();
        if (year != null && (year < 1990 || year > thisYear + 1)) {
            errors.add("year", "Give a year between 1990 and %d.".formatted(thisYear + 1));
        }
        String licence = errors.optionalLine("licence", details.licence(), MAX_LINE);
        String link = errors.optionalLine("link", details.link(), MAX_LINK);
        if (link != null && !link.matches("(?i)https://\\S+")) {
            errors.add("link", "Give a full https:// address.");
        }
        if (details.visibility() == null) {
            errors.add("visibility", "Choose who may see this resource.");
        } else if (details.visibility() == Visibility.TEAM && details.teamId() == null) {
            errors.add("team", "Choose the team this resource belongs to.");
        }
        if (details.kind() == ResourceKind.STORYBOARD && details.teamId() == null) {
            errors.add("team", "Choose the team whose storyboard this is.");
        }
        if (details.kind() == ResourceKind.STORYBOARD && details.visibility() == Visibility.COMMUNITY) {
            errors.add("visibility", "A storyboard stays with its team's collaborative; share its poster with the "
                    + "community as a resource of its own.");
        }
        if (details.teamId() != null && teams.teamRefs(details.collaborativeId()).stream()
                .noneMatch(team -> team.id() == details.teamId())) {
            errors.add("team", "Choose a team of this collaborative.");
        }
        return new Valid(title, summary == null ? "" : summary, focusArea, validTags, year, licence, link,
                validAuthors(errors, details));
    }

    /** People and teams credited must belong to the resource's collaborative; others are free text. */
    private ResourceAuthors validAuthors(InvalidInput.Collector errors, ResourceDetails details) {
        ResourceAuthors authors = details.authors();
        List<Long> people = authors.personIds().stream().distinct().toList();
        List<Long> teamIds = authors.teamIds().stream().distinct().toList();
        String others = errors.optionalLine("authors", authors.others(), MAX_OTHER_AUTHORS);
        if (people.size() + teamIds.size() > MAX_CREDITS) {
            errors.add("authors", "Credit at most %d people and teams; name the rest as other authors."
                    .formatted(MAX_CREDITS));
        } else if (people.stream().anyMatch(id -> !access.canPersonRead(id, details.collaborativeId(), null))) {
            errors.add("authors", "Credit people of this collaborative, or name them as other authors.");
        } else if (!teamIds.isEmpty() && !teams.teamRefs(details.collaborativeId()).stream().map(TeamRef::id)
                .collect(Collectors.toSet()).containsAll(teamIds)) {
            errors.add("authors", "Credit teams of this collaborative.");
        }
        return new ResourceAuthors(people, teamIds, others);
    }

    private void apply(Resource resource, ResourceDetails details, Valid valid, Instant now) {
        resource.describe(details.kind(), valid.title(), valid.summary(), markdown.toSafeHtml(valid.summary()),
                valid.focusArea(), valid.year(), valid.licence(), valid.link(), details.visibility(),
                details.visibility() == Visibility.TEAM ? details.teamId() : null, now);
        resource.credit(valid.authors().others());
    }

    /** Only files the signed-in person uploaded become versions: an id in a request cannot borrow another's file. */
    private StoredFile ownUpload(InvalidInput.Collector errors, long fileId) {
        StoredFile file = files.find(fileId).filter(f -> f.uploadedBy() == currentPerson.requireId()).orElse(null);
        if (file == null) {
            errors.add("file", "Upload the file again: it is no longer available.");
        }
        return file;
    }

    private Map<Long, String> teamNames(List<Long> teamIds) {
        Set<Long> wanted = teamIds.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return teams.names(wanted);
    }


    private static Collection<ResourceKind> kindsOrAll(Collection<ResourceKind> kinds) {
        return kinds == null || kinds.isEmpty() ? Arrays.asList(ResourceKind.values()) : kinds;
    }

}
