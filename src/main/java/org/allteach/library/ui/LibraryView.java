package org.allteach.library.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.allteach.collaborative.CollaborativeStatus;
import org.allteach.collaborative.CollaborativeSummary;
import org.allteach.collaborative.Collaboratives;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.library.Library;
import org.allteach.library.LibraryCopies;
import org.allteach.library.LibraryWatching;
import org.allteach.library.ResourceKind;
import org.allteach.library.ResourceRow;
import org.allteach.library.Visibility;
import org.allteach.library.WatchedLibrary;
import org.allteach.shared.ui.Badge;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.shared.ui.PageHeader;

/** The toolkits, change packages, storyboards and papers the person may use, newest first, filtered lazily. */
@Route("library")
@PageTitle("Library · AllTeach")
@Menu(order = 3, title = "Library", icon = "vaadin:book")
@PermitAll
class LibraryView extends Main {

    private final Library library;
    private final LibraryWatching watching;
    private final TextField title = new TextField();
    final MultiSelectComboBox<ResourceKind> kinds = new MultiSelectComboBox<>();
    private final Grid<ResourceRow> resources = new Grid<>();
    /** Watches what the kinds filter shows: the chosen kinds, or the whole library when none is chosen. */
    final Button watch = new Button();
    private final ZoneId zone;
    private final Locale locale;

    LibraryView(Library library, LibraryWatching watching, LibraryCopies copies, Collaboratives collaboratives,
                Accounts accounts) {
        this.library = library;
        this.watching = watching;
        PersonProfile me = accounts.myProfile();
        this.zone = me.timeZone();
        this.locale = me.locale();
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
        title.setPlaceholder("Filter by title");
        title.setAriaLabel("Filter by title");
        title.setPrefixComponent(VaadinIcon.SEARCH.create());
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.setClearButtonVisible(true);
        kinds.setPlaceholder("All kinds");
        kinds.setAriaLabel("Kinds");
        kinds.setItems(ResourceKind.values());
        kinds.setItemLabelGenerator(ResourceKind::label);
        watch.addClassName("watch-toggle");
        watch.addClickListener(click -> toggleWatch());
        Div filters = new Div(title, kinds, watch);
        filters.addClassName("toolbar");
        resources.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        resources.addClassName("library-grid");
        resources.addComponentColumn(this::titleCell).setHeader("Resource").setFlexGrow(4);
        resources.addColumn(row -> row.focusArea() == null ? "" : row.focusArea()).setHeader("Focus area");
        resources.addColumn(row -> row.year() == null ? "" : String.valueOf(row.year())).setHeader("Year")
                .setFlexGrow(0).setWidth("6rem");
        resources.addColumn(row -> row.visibility() == Visibility.TEAM ? "Team " + row.teamName()
                : row.visibility().label()).setHeader("Shared with");
        resources.addColumn(row -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .format(row.updatedAt().atZone(zone))).setHeader("Updated").setFlexGrow(0).setWidth("9rem");
        resources.setEmptyStateText("Nothing here yet. Add the first toolkit or storyboard your team made.");
        resources.addItemClickListener(click -> open(click.getItem()));
        title.addValueChangeListener(change -> refresh());
        kinds.addValueChangeListener(change -> {
            refresh();
            showWatch(watching.mine());
        });
        refresh();
        showWatch(watching.mine());
        List<CollaborativeSummary> organised = collaboratives.organisedByMe().stream()
                .filter(c -> c.status() != CollaborativeStatus.ALUMNI).toList();
        Button startFrom = new Button("Start from a previous collaborative", VaadinIcon.COPY_O.create(),
                click -> new StartFromPreviousDialog(copies, organised, collaboratives.mine(), count -> {
                    FieldErrors.Notifications.success(count == 0 ? "Nothing new to copy: those resources are here."
                            : count == 1 ? "1 resource copied." : count + " resources copied.");
                    refresh();
                }).open());
        startFrom.setVisible(!organised.isEmpty());
        add(new PageHeader("Library", startFrom, storyboard, add), lead, filters, resources);
    }

    private void refresh() {
        Set<ResourceKind> chosen = kinds.getValue();
        String filter = title.getValue();
        resources.setItems(query -> library.resources(chosen, filter, query.getOffset(), query.getLimit()).stream(),
                query -> library.countResources(chosen, filter));
    }

    private void toggleWatch() {
        Set<ResourceKind> chosen = kinds.getValue();
        if (watching.mine().covers(chosen)) {
            watching.unwatch(chosen);
        } else {
            watching.watch(chosen);
        }
        showWatch(watching.mine());
    }

    private void showWatch(WatchedLibrary watched) {
        Set<ResourceKind> chosen = kinds.getValue();
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

    private Div titleCell(ResourceRow row) {
        RouterLink link = new RouterLink(row.title(), ResourceView.class,
                new RouteParameters("resourceId", String.valueOf(row.id())));
        link.addClassName("resource-title");
        Div first = new Div(link, new Badge(row.kind().label(), "kind", row.kind().name()));
        first.addClassName("thread-line");
        Div second = new Div();
        second.addClassName("thread-meta");
        second.add(new Span(row.versions() == 1 ? "1 version" : row.versions() + " versions"));
        row.tags().forEach(tag -> {
            Span chip = new Span(tag);
            chip.addClassName("tag");
            second.add(chip);
        });
        return new Div(first, second);
    }

    private void open(ResourceRow row) {
        getUI().ifPresent(ui -> ui.navigate(ResourceView.class, new RouteParameters("resourceId",
                String.valueOf(row.id()))));
    }
}
