package org.allteach.library;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.identity.CurrentPerson;
import org.allteach.library.internal.Resource;
import org.allteach.library.internal.ResourceAuthorRows;
import org.allteach.library.internal.ResourceRepository;
import org.allteach.library.internal.ResourceTags;
import org.allteach.library.internal.ResourceVersion;
import org.allteach.library.internal.ResourceVersionRepository;
import org.allteach.library.internal.VersionTexts;
import org.allteach.shared.InvalidInput;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new collaborative starts from a previous one's change package and library: each resource the previous one shared
 * with its members or the portal (storyboards and team resources stay with their teams) is copied into the new one,
 * with its tags, authors and every version. Copies are independent: the new cohort edits them without touching the
 * original, which stays with its collaborative (docs/decisions/0034-community-of-practice.md). The files themselves are
 * not duplicated: a version names its stored file, and a file may back versions in both. Alumni share a resource with
 * the community of practice the same way ({@link #shareWithCommunity}).
 */
@Service
public class LibraryCopies {

    private final ResourceRepository resources;
    private final ResourceVersionRepository versions;
    private final ResourceTags tags;
    private final ResourceAuthorRows authors;
    private final VersionTexts texts;
    private final CollaborativeAccess access;
    private final CurrentPerson currentPerson;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Library library;

    LibraryCopies(ResourceRepository resources, ResourceVersionRepository versions, ResourceTags tags,
                  ResourceAuthorRows authors, VersionTexts texts, CollaborativeAccess access,
                  CurrentPerson currentPerson, ApplicationEventPublisher events, Clock clock, Library library) {
        this.library = library;
        this.resources = resources;
        this.versions = versions;
        this.tags = tags;
        this.authors = authors;
        this.texts = texts;
        this.access = access;
        this.currentPerson = currentPerson;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Copies the previous collaborative's change packages, toolkits, tools, papers and recordings into this one, for
     * its organisers; resources copied before are skipped, so doing it twice copies nothing twice.
     *
     * @return how many resources were copied
     * @throws InvalidInput with field {@code from}
     */
    @Transactional
    public int copyFrom(long fromCollaborativeId, long toCollaborativeId) {
        access.requireOrganiser(toCollaborativeId);
        access.requireOpen(toCollaborativeId);
        if (fromCollaborativeId == toCollaborativeId) {
            throw InvalidInput.of("from", "Choose another collaborative to start from.");
        }
        access.requireMember(fromCollaborativeId);
        Set<Long> copiedBefore = new HashSet<>(resources.findCopiedFrom(toCollaborativeId));
        List<Resource> originals = resources.findCopyable(fromCollaborativeId).stream()
                .filter(original -> !copiedBefore.contains(original.getId())).toList();
        if (originals.isEmpty()) {
            return 0;
        }
        List<Long> ids = originals.stream().map(Resource::getId).toList();
        Map<Long, Set<String>> tagsById = tags.of(ids);
        Map<Long, List<ResourceAuthorRows.Credit>> creditsById = authors.of(ids);
        long me = currentPerson.requireId();
        Instant now = clock.instant();
        for (Resource original : originals) {
            copy(original, toCollaborativeId, Visibility.COLLABORATIVE, tagsById.getOrDefault(original.getId(),
                    Set.of()), creditsById.getOrDefault(original.getId(), List.of()), me, now);
        }
        return originals.size();
    }

    /**
     * Shares a resource with the community of practice: an alumna carries a toolkit out of her closed collaborative's
     * archive to the next cohorts. The community gets a copy with the original as its provenance (the archive stays as
     * it was); a resource shared before is not copied again. For the community's members who are or were in the
     * resource's collaborative; a team's own resource only by whoever may change it (its author, the organisers).
     *
     * @return the community's copy
     * @throws InvalidInput with field {@code resource}
     */
    @Transactional
    public long shareWithCommunity(long resourceId) {
        Resource readable = library.readable(resourceId);
        if (readable.getVisibility() == Visibility.COMMUNITY) {
            throw InvalidInput.of("resource", "This resource is in the community library already.");
        }
        if (readable.getKind() == ResourceKind.STORYBOARD) {
            throw InvalidInput.of("resource", "A storyboard stays with its team; share its poster as a resource of "
                    + "its own.");
        }
        if (!library.mayShareWithCommunity(readable, library.mayEdit(readable))) {
            throw new AccessDeniedException("Members of the community share what their collaborative made; a team's "
                    + "own resource only its author and the organisers.");
        }
        // locked so that two members sharing it at once make one copy
        Resource original = resources.findForUpdate(resourceId).orElseThrow();
        List<Resource> shared = resources.findCommunityCopies(resourceId);
        if (!shared.isEmpty()) {
            return shared.getFirst().getId();
        }
        List<Long> ids = List.of(resourceId);
        return copy(original, original.getCollaborativeId(), Visibility.COMMUNITY,
                tags.of(ids).getOrDefault(resourceId, Set.of()), authors.of(ids).getOrDefault(resourceId, List.of()),
                currentPerson.requireId(), clock.instant());
    }

    /** A copy with the original's tags, credits and every version, remembering the original; returns its id. */
    private long copy(Resource original, long collaborativeId, Visibility visibility, Set<String> originalTags,
                      List<ResourceAuthorRows.Credit> credits, long me, Instant now) {
        Resource copy = new Resource(collaborativeId, me, now);
        copy.describe(original.getKind(), original.getTitle(), original.getSummary(), original.getSummaryHtml(),
                original.getFocusArea(), original.getYear(), original.getLicence(), original.getLink(),
                visibility, null, now);
        copy.credit(original.getOtherAuthors());
        copy.copiedFrom(original.getId());
        copy = resources.save(copy);
        tags.replace(copy.getId(), originalTags);
        authors.replace(copy.getId(), credits.stream().map(ResourceAuthorRows.Credit::personId)
                .filter(java.util.Objects::nonNull).toList(), credits.stream().map(ResourceAuthorRows.Credit::teamId)
                .filter(java.util.Objects::nonNull).toList());
        for (ResourceVersion version : versions.findByResourceIdOrderByNumberDesc(original.getId()).reversed()) {
            // who uploaded it and when stay the original's: the version history is the resource's history
            ResourceVersion copied = versions.save(new ResourceVersion(copy.getId(), version.getNumber(),
                    version.getFileId(), version.getNote(), version.getUploadedBy(), version.getUploadedAt()));
            if (version.getTextStatus() != TextStatus.PENDING) {
                copied.textRead(version.getTextStatus(), version.getTextChars() == null ? 0
                        : version.getTextChars(), version.getTextProblem());
                long copiedId = copied.getId();
                texts.of(version.getId()).ifPresent(text -> texts.save(copiedId, text));
            } else {
                events.publishEvent(new VersionAdded(copy.getId(), copied.getId(), version.getFileId()));
            }
        }
        events.publishEvent(new ResourceChanged(copy.getId()));
        return copy.getId();
    }
}
