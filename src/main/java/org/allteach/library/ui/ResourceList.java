package org.allteach.library.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.allteach.identity.PersonProfile;
import org.allteach.library.ResourceKind;
import org.allteach.library.ResourceRow;
import org.allteach.library.Visibility;
import org.allteach.shared.ui.Badge;

/**
 * The filters and the lazily paged grid of a library shelf: the whole library as the person sees it, or the community
 * library. The shelf's pages give the service calls.
 */
class ResourceList extends Div {

    /** One page of a shelf's resources, by kinds (empty for all) and title. */
    interface Page {
        List<ResourceRow> of(Collection<ResourceKind> kinds, String title, int offset, int limit);
    }

    /** How many resources the shelf has, by kinds and title. */
    interface Count {
        int of(Collection<ResourceKind> kinds, String title);
    }

    private final Page page;
    private final Count count;
    private final TextField title = new TextField();
    final MultiSelectComboBox<ResourceKind> kinds = new MultiSelectComboBox<>();
    private final Div filters = new Div();
    private final Grid<ResourceRow> resources = new Grid<>();
    private final ZoneId zone;
    private final Locale locale;

    ResourceList(Page page, Count count, PersonProfile me, String emptyText) {
        this.page = page;
        this.count = count;
        this.zone = me.timeZone();
        this.locale = me.locale();
        title.setPlaceholder("Filter by title");
        title.setAriaLabel("Filter by title");
        title.setPrefixComponent(VaadinIcon.SEARCH.create());
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.setClearButtonVisible(true);
        kinds.setPlaceholder("All kinds");
        kinds.setAriaLabel("Kinds");
        kinds.setItems(ResourceKind.values());
        kinds.setItemLabelGenerator(ResourceKind::label);
        filters.add(title, kinds);
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
        resources.setEmptyStateText(emptyText);
        resources.addItemClickListener(click -> open(click.getItem()));
        title.addValueChangeListener(change -> refresh());
        kinds.addValueChangeListener(change -> refresh());
        add(filters, resources);
        refresh();
    }

    /** Puts a control of the shelf's page after the filters (the library's watch toggle). */
    void addToFilters(Component control) {
        filters.add(control);
    }

    void refresh() {
        Set<ResourceKind> chosen = kinds.getValue();
        String filter = title.getValue();
        resources.setItems(query -> page.of(chosen, filter, query.getOffset(), query.getLimit()).stream(),
                query -> count.of(chosen, filter));
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
