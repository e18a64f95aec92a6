package org.allteach.discussion;

import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios;
import org.springframework.beans.factory.annotation.Autowired;

/** Finds a scenario's spaces and categories through the service, as a member of each would. */
public abstract class DiscussionTestSupport extends IntegrationTestBase {

    @Autowired
    protected Discussions discussions;

    @Autowired
    protected Posting posting;

    @Autowired
    protected Moderation moderation;

    protected Scenarios.Scenario scenario;

    protected void createScenario() {
        scenario = scenarios.create();
    }

    /** The category of the collaborative's open space, as seen by this member. */
    protected long openCategory(Scenarios.Person member, CategoryKind kind) {
        return category(member, SpaceKind.COLLABORATIVE, scenario.collaborativeName(), kind);
    }

    protected long teamCategory(Scenarios.Person member, String teamName, CategoryKind kind) {
        return category(member, SpaceKind.TEAM, teamName, kind);
    }

    private long category(Scenarios.Person member, SpaceKind spaceKind, String spaceName, CategoryKind kind) {
        return as(member, () -> discussions.mySpaces()).stream()
                .filter(space -> space.kind() == spaceKind && space.name().equals(spaceName))
                .flatMap(space -> space.categories().stream())
                .filter(category -> category.kind() == kind)
                .findFirst().orElseThrow().id();
    }

    protected long startThread(Scenarios.Person author, long categoryId, String title, String body) {
        return as(author, () -> posting.startThread(new NewThread(categoryId, title, body, java.util.List.of())));
    }
}
