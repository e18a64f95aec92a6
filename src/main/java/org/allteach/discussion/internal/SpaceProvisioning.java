package org.allteach.discussion.internal;

import java.time.Clock;
import java.util.Arrays;

import org.allteach.collaborative.CollaborativeCreated;
import org.allteach.collaborative.TeamAdded;
import org.allteach.discussion.CategoryKind;
import org.allteach.discussion.SpaceKind;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives every new collaborative its open space and every new team its private space, with the standard categories,
 * in the same transaction that creates them (so a space never lags behind its team).
 */
@Component
class SpaceProvisioning {

    private final SpaceRepository spaces;
    private final CategoryRepository categories;
    private final Clock clock;

    SpaceProvisioning(SpaceRepository spaces, CategoryRepository categories, Clock clock) {
        this.spaces = spaces;
        this.categories = categories;
        this.clock = clock;
    }

    @EventListener
    void on(CollaborativeCreated created) {
        open(new Space(SpaceKind.COLLABORATIVE, created.collaborativeId(), null, created.name(), clock.instant()));
    }

    @EventListener
    void on(TeamAdded added) {
        open(new Space(SpaceKind.TEAM, added.collaborativeId(), added.teamId(), added.name(), clock.instant()));
    }

    private void open(Space space) {
        Space saved = spaces.save(space);
        categories.saveAll(Arrays.stream(CategoryKind.values()).map(kind -> new Category(saved.getId(), kind))
                .toList());
    }
}
