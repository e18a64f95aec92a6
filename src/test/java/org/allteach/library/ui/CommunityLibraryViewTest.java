package org.allteach.library.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.allteach.collaborative.Collaboratives;
import org.allteach.community.Community;
import org.allteach.identity.ActingAs;
import org.allteach.library.Library;
import org.allteach.library.ResourceDetails;
import org.allteach.library.ResourceKind;
import org.allteach.library.ResourceRow;
import org.allteach.library.Visibility;
import org.allteach.support.AllTeachTest;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The community library page lists what was shared with the community for its members and tells others how to join;
 * a resource's page offers "Share with the community" to the alumni of its collaborative only.
 */
@AllTeachTest
class CommunityLibraryViewTest extends SpringBrowserlessTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    ActingAs actingAs;
    @Autowired
    Library library;
    @Autowired
    Collaboratives collaboratives;
    @Autowired
    Community community;

    @Test
    void membersSeeTheCommunityLibraryAndOthersAreToldWhoItIsFor() {
        Scenario ended = scenarios.create();
        String title = "Huddle board " + Scenarios.unique();
        long resource = actingAs.call(ended.leadA().id(), () -> library.add(new ResourceDetails(
                ended.collaborativeId(), ResourceKind.TOOL, title, "", null, List.of(), null, null,
                "https://example.org/huddle", Visibility.COLLABORATIVE, null), null, null));
        actingAs.run(ended.organiser().id(), () -> collaboratives.close(ended.collaborativeId()));

        actingAs.run(ended.participantA().id(), () -> {
            navigate("library/" + resource, ResourceView.class);
            Button share = $(Button.class).withText("Share with the community").single();
            assertThat(share.isVisible()).isTrue();
            test(share).click();
            assertThat(getCurrentView().getElement().getTextRecursively()).contains("The community of practice",
                    ended.collaborativeName());

            navigate(CommunityLibraryView.class);
            @SuppressWarnings("unchecked")
            Grid<ResourceRow> grid = $(Grid.class).single();
            assertThat(grid.getGenericDataView().getItems().map(ResourceRow::title)).contains(title);
            navigate(LibraryView.class); // one UI is one person's; the next person gets the page anew
        });
        actingAs.run(ended.outsider().id(), () -> {
            CommunityLibraryView page = navigate(CommunityLibraryView.class);
            assertThat($(Grid.class).all()).isEmpty();
            assertThat(page.getElement().getTextRecursively()).contains("is for the community of practice");
        });
    }
}
