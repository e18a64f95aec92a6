package org.allteach.library.ui;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.allteach.library.LibraryWatching;
import org.allteach.library.ResourceKind;
import org.allteach.library.WatchedLibrary;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.shared.ui.PageHeader;

/** The toolkits, change packages, storyboards and papers the person may use, newest first, filtered lazily. */
@Route("library")
@PageTitle("Library · AllTeach")
@Menu(order = 3, title = "Library", icon = "vaadin:book")
@PermitAll
class LibraryView extends Main {

    private final LibraryWatching watching;
    final ResourceList resources;
    /** Watches what the kinds filter shows: the chosen kinds, or the whole library when none is chosen. */
    final Button watch = new Button();
    private final Locale locale;

    LibraryView(Library library, LibraryWatching watching, LibraryCopies copies, Collaboratives collaboratives,
                Accounts accounts) {
        this.watching = watching;
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
        var me = accounts.myProfile();
        this.locale = me.locale();
        resources = new ResourceList(library::resources, library::countResources, me,
                "Nothing here yet. Add the first toolkit or storyboard your team made.");
        watch.addClassName("watch-toggle");
        watch.addClickListener(click -> toggleWatch());
        resources.addToFilters(watch);
        resources.kinds.addValueChangeListener(change -> showWatch(watching.mine()));
        showWatch(watching.mine());
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

    private void toggleWatch() {
        Set<ResourceKind> chosen = resources.kinds.getValue();
        if (watching.mine().covers(chosen)) {
            watching.unwatch(chosen);
        } else {
            watching.watch(chosen);
        }
        showWatch(watching.mine());
    }

    private void showWatch(WatchedLibrary watched) {
        Set<ResourceKind> chosen = resources.kinds.getValue();
        boolean on = watched.covers(chosen);
        String what = chosen.isEmpty() ? "resource" : chosen.stream().map(kind -> kind.label().toLowerCase(locale))
                .sorted().collect(Collectors.joining(", "));
        watch.setText(on ? "Watching" : "Watch");
        watch.setIcon(on ? VaadinIcon.BELL.create() : VaadinIcon.BELL_O.create());
        if (on) {
            watch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            watch.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        watch.getElement().setAttribute("aria-pressed", String.valueOf(on));
        watch.setTooltipText(on
                ? "You get a notification for each new " + what + " you may open. Click to stop."
                : "Get a notification for each new " + what + " you may open"
                  + (chosen.isEmpty() ? " in the library." : ". Choose no kind to watch the whole library."));
    }
}
