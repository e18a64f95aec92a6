package org.allteach.pdsa;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

import org.allteach.identity.CurrentPerson;
import org.allteach.library.Library;
import org.allteach.library.ResourceKind;
import org.allteach.pdsa.internal.ChangeIdea;
import org.allteach.pdsa.internal.ChangeIdeaRepository;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.UniqueConstraints;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A team's change ideas: what it tests, often taken from the collaborative's change package. */
@Service
public class ChangeIdeas {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_REFERENCE = 300;
    private static final int PACKAGES_OFFERED = 100;
    private static final String TITLE_TAKEN = "The team has a change idea with this title.";

    private final ChangeIdeaRepository ideas;
    private final TeamWork teamWork;
    private final Library library;
    private final CurrentPerson currentPerson;
    private final Clock clock;

    ChangeIdeas(ChangeIdeaRepository ideas, TeamWork teamWork, Library library, CurrentPerson currentPerson,
                Clock clock) {
        this.ideas = ideas;
        this.teamWork = teamWork;
        this.library = library;
        this.currentPerson = currentPerson;
        this.clock = clock;
    }

    /** A team's change ideas by title. */
    @Transactional(readOnly = true)
    public List<ChangeIdeaView> changeIdeas(long teamId) {
        teamWork.requireVisible(teamId);
        List<ChangeIdea> found = ideas.findByTeamIdOrderByTitleAsc(teamId);
        Map<Long, String> packages = library.titles(found.stream().map(ChangeIdea::getPackageId)
                .filter(Objects::nonNull).distinct().toList());
        return found.stream().map(idea -> view(idea, packages)).toList();
    }

    /** The library's change packages the signed-in person may open, for the form's picker. */
    @Transactional(readOnly = true)
    public List<ChangePackageChoice> changePackages() {
        return library.resources(List.of(ResourceKind.CHANGE_PACKAGE), "", 0, PACKAGES_OFFERED).stream()
                .map(row -> new ChangePackageChoice(row.id(), row.title())).toList();
    }

    /**
     * Adds a change idea to a team; a new idea is being tested unless the details say otherwise.
     *
     * @return its id
     * @throws InvalidInput with fields {@code title}, {@code description}, {@code packageReference},
     *                      {@code changePackage}
     */
    @Transactional
    public long add(long teamId, ChangeIdeaDetails details) {
        teamWork.requireWriter(teamId);
        ChangeIdea idea = new ChangeIdea(teamId, currentPerson.requireId(), clock.instant());
        describe(idea, details, ideas.existsByTeamIdAndTitle(teamId, trimmed(details.title())));
        return UniqueConstraints.saving(() -> ideas.saveAndFlush(idea), "uk_pdsa_idea_title", "title", TITLE_TAKEN)
                .getId();
    }

    /** Changes a change idea, its status included; see {@link #add}. */
    @Transactional
    public void update(long ideaId, ChangeIdeaDetails details) {
        ChangeIdea idea = ideas.findById(ideaId).orElseThrow(() -> new NoSuchElementException("No idea " + ideaId));
        teamWork.requireWriter(idea.getTeamId());
        describe(idea, details, ideas.existsByTeamIdAndTitleAndIdNot(idea.getTeamId(), trimmed(details.title()),
                ideaId));
        UniqueConstraints.saving(() -> ideas.saveAndFlush(idea), "uk_pdsa_idea_title", "title", TITLE_TAKEN);
    }

    private void describe(ChangeIdea idea, ChangeIdeaDetails details, boolean titleTaken) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String title = errors.requiredLine("title", details.title(), MAX_TITLE, "Name the change you will test.");
        if (titleTaken) {
            errors.add("title", TITLE_TAKEN);
        }
        String description = errors.optionalText("description", details.description(), MAX_DESCRIPTION);
        String reference = null;
        Long packageId = null;
        if (details.fromChangePackage()) {
            reference = errors.optionalLine("packageReference", details.packageReference(), MAX_REFERENCE);
            packageId = details.changePackageId();
            if (packageId != null && !library.titles(List.of(packageId)).containsKey(packageId)) {
                errors.add("changePackage", "Choose a change package from the library.");
            }
            if (reference == null && packageId == null && !errors.has("packageReference")) {
                errors.add("packageReference", "Say where in the change package it comes from.");
            }
        }
        errors.throwIfAny();
        idea.describe(title, description, details.fromChangePackage(), reference, packageId,
                details.status() == null ? ChangeIdeaStatus.TESTING : details.status(), clock.instant());
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }

    static ChangeIdeaView view(ChangeIdea idea, Map<Long, String> packageTitles) {
        return new ChangeIdeaView(idea.getId(), idea.getTeamId(), new ChangeIdeaDetails(idea.getTitle(),
                idea.getDescription(), idea.isFromPackage(), idea.getPackageReference(), idea.getPackageId(),
                idea.getStatus()), idea.getPackageId() == null ? null : packageTitles.get(idea.getPackageId()));
    }
}
