package org.allteach.library.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.allteach.identity.Accounts;
import org.allteach.library.Library;
import org.allteach.library.Visibility;
import org.allteach.shared.ui.PageHeader;

/**
 * The community library: toolkits and tools that alumni and members shared with the community of practice, for its
 * members. Alumni bring a resource here from their collaborative's archive with "Share with the community" on its page,
 * or add one with the library's own form.
 */
@Route("library/community")
@PageTitle("Community library · AllTeach")
@PermitAll
class CommunityLibraryView extends Main {

    CommunityLibraryView(Library library, Accounts accounts) {
        addClassNames("page", "community-library");
        Anchor community = new Anchor("community", "Community of practice");
        Div crumbs = new Div(community);
        crumbs.addClassName("breadcrumbs");
        if (!library.mayUseCommunityLibrary()) {
            Paragraph closed = new Paragraph("The community library is for the community of practice: the alumni of "
                    + "every collaborative, and current members who join on the community page.");
            closed.addClassName("page-lead");
            add(crumbs, new PageHeader("Community library"), closed);
            return;
        }
        Button add = new Button("Add to the community library", VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(NewResourceView.class, QueryParameters.of(
                        NewResourceView.VISIBILITY, Visibility.COMMUNITY.name().toLowerCase()))));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(library.mayAddToCommunityLibrary());
        Paragraph lead = new Paragraph("What worked, shared by the alumni of every cohort and the members who joined. "
                + "To bring a toolkit from your collaborative's archive, open it in the library and choose "
                + "\u201cShare with the community\u201d.");
        lead.addClassName("page-lead");
        add(crumbs, new PageHeader("Community library", add), lead,
                new ResourceList(library::communityResources, library::countCommunityResources, accounts.myProfile(),
                        "Nothing shared yet. Share the toolkit that worked for your team."));
    }
}
