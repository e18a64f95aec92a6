package org.allteach.library.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.allteach.collaborative.CollaborativeStatus;
import org.allteach.collaborative.CollaborativeSummary;
import org.allteach.collaborative.Collaboratives;
import org.allteach.identity.Accounts;
import org.allteach.library.Library;
import org.allteach.library.LibraryCopies;
import org.allteach.library.ResourceKind;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.shared.ui.PageHeader;

/** The toolkits, change packages, storyboards and papers the person may use, newest first, filtered lazily. */
@Route("library")
@PageTitle("Library · AllTeach")
@Menu(order = 3, title = "Library", icon = "vaadin:book")
@PermitAll
class LibraryView extends Main {

    LibraryView(Library library, LibraryCopies copies, Collaboratives collaboratives, Accounts accounts) {
        addClassName("page");
        Button add = new Button("Add a resource", VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(NewResourceView.class)));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button storyboard = new Button("New storyboard", VaadinIcon.PRESENTATION.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(NewResourceView.class, QueryParameters.of(
                        NewResourceView.KIND, ResourceKind.STORYBOARD.name().toLowerCase(Locale.ROOT)))));
        Paragraph lead = new Paragraph("Toolkits, change packages, storyboards and papers from the collaboratives: "
                + "what other teams tested, ready to reuse.");
        lead.addClassName("page-lead");
        if (library.mayUseCommunityLibrary()) {
            RouterLink community = new RouterLink("The community library", CommunityLibraryView.class);
            lead.add(new Text(" Alumni of every cohort share theirs in "), community, new Text("."));
        }
        ResourceList resources = new ResourceList(library::resources, library::countResources, accounts.myProfile(),
                "Nothing here yet. Add the first toolkit or storyboard your team made.");
        List<CollaborativeSummary> organised = collaboratives.organisedByMe().stream()
                .filter(c -> c.status() != CollaborativeStatus.ALUMNI).toList();
        Button startFrom = new Button("Start from a previous collaborative", VaadinIcon.COPY_O.create(),
                click -> new StartFromPreviousDialog(copies, organised, collaboratives.mine(), count -> {
                    FieldErrors.Notifications.success(count == 0 ? "Nothing new to copy: those resources are here."
                            : count == 1 ? "1 resource copied." : count + " resources copied.");
                    resources.refresh();
                }).open());
        startFrom.setVisible(!organised.isEmpty());
        add(new PageHeader("Library", startFrom, storyboard, add), lead, resources);
    }
}
