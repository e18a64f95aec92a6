package org.allteach.collaborative.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import org.allteach.collaborative.Collaboratives;
import org.allteach.identity.ActingAs;
import org.allteach.support.AllTeachTest;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The organiser's page of a collaborative offers its changes while it runs, and only its history once closed. */
@AllTeachTest
class CollaborativeAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    ActingAs actingAs;
    @Autowired
    Collaboratives collaboratives;

    @Test
    void aRunningCollaborativeOffersItsChanges() {
        Scenario s = scenarios.create();
        actingAs.run(s.organiser().id(), () -> {
            CollaborativeAdminView view = navigate("organise/" + s.collaborativeId(), CollaborativeAdminView.class);
            assertThat(view.editing).isNotEmpty().allMatch(Component::isVisible);
            assertThat(view.close.isVisible()).isTrue();
            assertThat(view.invite.isVisible()).isTrue();
            assertThat(view.form.name.isReadOnly()).isFalse();
        });
    }

    @Test
    void aClosedCollaborativeShowsItsArchiveWithoutEditActions() {
        Scenario s = scenarios.create();
        actingAs.run(s.organiser().id(), () -> {
            collaboratives.close(s.collaborativeId());
            CollaborativeAdminView view = navigate("organise/" + s.collaborativeId(), CollaborativeAdminView.class);
            assertThat(view.getElement().getTextRecursively()).contains("Archive",
                    "belongs to a collaborative that has ended");
            assertThat(view.editing).as("save details, phases, plan, add team and organisation").hasSize(6)
                    .noneMatch(Component::isVisible);
            assertThat(view.close.isVisible()).isFalse();
            assertThat(view.invite.isVisible()).isFalse();
            assertThat(view.form.name.isReadOnly()).isTrue();
            assertThat(view.form.status.isReadOnly()).isTrue();
        });
    }
}
