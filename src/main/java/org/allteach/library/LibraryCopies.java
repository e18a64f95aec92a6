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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new collaborative starts from a previous one's change package and library: each resource the previous one shared
 * with its members or the portal (storyboards and team resources stay with their teams) is copied into the new one,
 * with its tags, authors and every version. Copies are independent: the new cohort edits them without touching the
 * original, which stays with its collaborative (docs/decisions/0034-community-of-practice.md). The files themselves are
 * not duplicated: a version names its stored file, and a file may back versions in both.
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

    LibraryCopies(ResourceRepository resources, ResourceVersionRepository versions, ResourceTags tags,
                  ResourceAuthorRows authors, VersionTexts texts, CollaborativeAccess access,
                  CurrentPerson currentPerson, ApplicationEventPublisher events, Clock clock) {
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
            Resource copy = new Resource(toCollaborativeId, me, now);
            copy.describe(original.getKind(), original.getTitle(), original.getSummary(), original.getSummaryHtml(),
                    original.getFocusArea(), original.getYear(), original.getLicence(), original.getLink(),
                    Visibility.COLLABORATIVE, null, now);
            copy.credit(original.getOtherAuthors());
            copy.copiedFrom(original.getId());
            copy = resources.save(copy);
            tags.replace(copy.getId(), tagsById.getOrDefault(original.getId(), Set.of()));
            List<ResourceAuthorRows.Credit> credits = creditsById.getOrDefault(original.getId(), List.of());
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
        }
        return originals.size();
    }
}
