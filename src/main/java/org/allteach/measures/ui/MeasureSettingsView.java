package org.allteach.measures.ui;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.allteach.collaborative.CollaborativeStatus;
import org.allteach.collaborative.CollaborativeSummary;
import org.allteach.collaborative.Collaboratives;
import org.allteach.identity.Roles;
import org.allteach.measures.MeasureSettingsService;
import org.allteach.measures.MeasureSettingsService.CategorySettings;
import org.allteach.measures.MeasureSettingsService.DimensionSettings;
import org.allteach.measures.MeasureSettingsService.RunRulesChoice;
import org.allteach.measures.MeasureSettingsService.Settings;
import org.allteach.measures.analysis.RunRules;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.ui.ArchiveNotice;
import org.allteach.shared.ui.Badge;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.shared.ui.PageHeader;
import org.springframework.security.access.AccessDeniedException;

/**
 * An organiser's settings for reading the collaborative's measures: the run-chart rules and the small-number
 * threshold, and per REaL dimension its categories (renamed in place, moved, removed while unused), its reference
 * group and new categories; new dimensions below. Each dimension change is saved at once; the reading with its button.
 */
@Route("measures/settings/:collaborativeId")
@PageTitle("Measure settings · AllTeach")
@StyleSheet("context://styles/measures.css")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER})
class MeasureSettingsView extends Main implements BeforeEnterObserver {

    private final MeasureSettingsService service;
    private final Collaboratives collaboratives;

    private final Paragraph lead = new Paragraph();
    final RadioButtonGroup<RunRules> runRules = new RadioButtonGroup<>("Run-chart rules");
    final IntegerField threshold = new IntegerField("Small-number threshold");
    final Button saveReading = new Button("Save reading settings");
    final ArchiveNotice archived = new ArchiveNotice("These settings");
    final Div dimensionCards = new Div();
    final Map<String, DimensionCard> cards = new LinkedHashMap<>();
    final TextField newDimension = new TextField("Dimension name");
    final TextArea newDimensionCategories = new TextArea("Categories, one a line");
    final Button addDimension = new Button("Add dimension", VaadinIcon.PLUS.create());

    private final Section reading;
    private final Section adding;
    private long collaborativeId;

    MeasureSettingsView(MeasureSettingsService service, Collaboratives collaboratives) {
        this.service = service;
        this.collaboratives = collaboratives;
        addClassNames("page", "measure-settings");
        lead.addClassName("page-lead");
        PageHeader header = new PageHeader("Measure settings", new RouterLink("Back to measures",
                MeasuresView.class));

        runRules.setItems(RunRules.values());
        runRules.setRenderer(new ComponentRenderer<>(rules -> {
            RunRulesChoice choice = MeasureSettingsService.RUN_RULES.stream().filter(c -> c.rules() == rules)
                    .findFirst().orElseThrow();
            Span name = new Span(choice.name());
            name.addClassName("measure-settings-rules-name");
            Span explanation = new Span(choice.explanation());
            explanation.addClassName("muted");
            Div option = new Div(name, explanation);
            option.addClassName("measure-settings-rules");
            return option;
        }));
        threshold.setMin(1);
        threshold.setMax(100);
        threshold.setStepButtonsVisible(true);
        threshold.addValueChangeListener(change -> explainThreshold());
        saveReading.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveReading.addClickListener(click -> saveReading());
        reading = card("Reading the charts", new Paragraph("Every chart of the collaborative is read again "
                + "with these settings: the teams' own charts, their coaches' and the aggregate."), runRules,
                threshold, saveReading);
        reading.addClassName("measure-settings-reading");

        newDimension.setMaxLength(80);
        newDimension.setPlaceholder("e.g. Payer");
        newDimensionCategories.setPlaceholder("Medicaid\nMedicare\nPrivate\nUninsured");
        newDimensionCategories.setHelperText("Choose its reference group once it is added.");
        addDimension.addClickListener(click -> addDimension());
        adding = card("Add a dimension", new Paragraph("Stratify by something beyond race, ethnicity and "
                + "language, such as sexual orientation, disability or payer."), newDimension,
                newDimensionCategories, addDimension);
        adding.addClassName("measure-settings-add");
        dimensionCards.addClassName("measure-settings-dimensions");
        add(header, archived, lead, reading, dimensionCards, adding);
        archived.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        try {
            collaborativeId = Long.parseLong(enter.getRouteParameters().get("collaborativeId").orElseThrow());
            Settings settings = service.settings(collaborativeId);
            CollaborativeSummary collaborative = collaboratives.summary(collaborativeId);
            lead.setText("How " + collaborative.name() + " reads its measures and the groups its teams report them "
                    + "by.");
            // a closed collaborative's settings are part of its archive: shown, not offered for change
            boolean closed = collaborative.status() == CollaborativeStatus.ALUMNI;
            archived.setVisible(closed);
            reading.setEnabled(!closed);
            dimensionCards.setEnabled(!closed);
            adding.setEnabled(!closed);
            adding.setVisible(!closed);
            runRules.setValue(settings.runRules());
            threshold.setValue(settings.smallNumberThreshold());
            showDimensions(settings);
        } catch (NoSuchElementException | NumberFormatException | AccessDeniedException missing) {
            throw new NotFoundException();
        }
    }

    private void explainThreshold() {
        threshold.setHelperText("Groups with fewer than " + (threshold.getValue() == null ? "N" : threshold.getValue())
                + " in the denominator are hidden outside the team.");
    }

    private void saveReading() {
        Map<String, HasValidation> fields = Map.of("smallNumberThreshold", threshold, "runRules", runRules);
        FieldErrors.clear(fields);
        try {
            service.changeReading(collaborativeId, threshold.getValue(), runRules.getValue());
        } catch (InvalidInput invalid) {
            FieldErrors.show(invalid, fields);
            return;
        }
        FieldErrors.Notifications.success("Charts are now read with these settings.");
    }

    private void addDimension() {
        Map<String, HasValidation> fields = Map.of("name", newDimension, "categories", newDimensionCategories);
        FieldErrors.clear(fields);
        try {
            service.addDimension(collaborativeId, newDimension.getValue(),
                    Arrays.asList(newDimensionCategories.getValue().split("\\R")));
        } catch (InvalidInput invalid) {
            FieldErrors.show(invalid, fields);
            return;
        }
        FieldErrors.Notifications.success(newDimension.getValue().strip() + " added.");
        newDimension.clear();
        newDimensionCategories.clear();
        showDimensions(service.settings(collaborativeId));
    }

    private void showDimensions(Settings settings) {
        dimensionCards.removeAll();
        cards.clear();
        settings.dimensions().forEach(dimension -> {
            DimensionCard card = new DimensionCard(dimension);
            cards.put(dimension.name(), card);
            dimensionCards.add(card);
        });
    }

    /** Rebuilds one dimension's card after a change, leaving what is typed elsewhere on the page. */
    private void refresh(DimensionCard old) {
        service.settings(collaborativeId).dimensions().stream().filter(d -> d.id() == old.dimension.id())
                .findFirst().ifPresent(dimension -> {
                    DimensionCard fresh = new DimensionCard(dimension);
                    cards.put(dimension.name(), fresh);
                    dimensionCards.replace(old, fresh);
                });
    }

    private static Section card(String title, Component... content) {
        Section section = new Section(new H2(title));
        section.add(content);
        section.addClassName("card");
        return section;
    }

    /** A dimension: its reference group, its categories in order, a field for a new one. */
    final class DimensionCard extends Section {

        final DimensionSettings dimension;
        final Select<CategorySettings> reference = new Select<>();
        final Map<String, CategoryRow> rows = new LinkedHashMap<>();
        final TextField newCategory = new TextField("New category");
        final Button addCategory = new Button("Add category");
        final Button remove = new Button("Remove dimension", VaadinIcon.TRASH.create());
        private final Span removeProblem = new Span();

        DimensionCard(DimensionSettings dimension) {
            this.dimension = dimension;
            addClassNames("card", "measure-settings-dimension");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setEnabled(dimension.removable());
            remove.addClickListener(click -> removeDimension());
            Span usage = new Span(dimension.measures() > 0 ? "Stratifies " + dimension.measures()
                    + (dimension.measures() == 1 ? " measure" : " measures")
                    : dimension.hasValues() ? "Has values" : "Not used yet");
            usage.addClassName("muted");
            removeProblem.addClassName("measure-settings-error");
            Div title = new Div(new H2(dimension.name()), usage, remove);
            title.addClassName("measure-settings-dimension-title");

            reference.setLabel("Reference group");
            reference.setHelperText("Gaps are measured against this group.");
            reference.setPlaceholder("None chosen");
            reference.setItems(dimension.categories());
            reference.setItemLabelGenerator(CategorySettings::label);
            dimension.categories().stream().filter(c -> Long.valueOf(c.id()).equals(dimension.referenceCategoryId()))
                    .findFirst().ifPresent(reference::setValue);
            reference.addValueChangeListener(change -> {
                if (change.isFromClient() && change.getValue() != null) {
                    chooseReference(change.getValue());
                }
            });

            Div list = new Div();
            list.addClassName("measure-settings-categories");
            List<CategorySettings> ordered = dimension.categories();
            for (int i = 0; i < ordered.size(); i++) {
                CategoryRow row = new CategoryRow(ordered.get(i), i == 0, i == ordered.size() - 1,
                        Long.valueOf(ordered.get(i).id()).equals(dimension.referenceCategoryId()));
                rows.put(ordered.get(i).label(), row);
                list.add(row);
            }

            newCategory.setMaxLength(80);
            newCategory.setAriaLabel("New category for " + dimension.name());
            addCategory.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            addCategory.addClickListener(click -> addCategory());
            newCategory.addKeyPressListener(Key.ENTER, enter -> addCategory());
            Div adding = new Div(newCategory, addCategory);
            adding.addClassName("measure-settings-new-category");
            add(title, removeProblem, reference, list, adding);
        }

        private void chooseReference(CategorySettings category) {
            FieldErrors.clear(Map.of("reference", reference));
            if (act(Map.of("reference", reference), () -> service.chooseReference(dimension.id(), category.id()))) {
                FieldErrors.Notifications.success(category.label() + " is the reference group of "
                        + dimension.name() + ".");
                refresh(this);
            }
        }

        private void addCategory() {
            FieldErrors.clear(Map.of("label", newCategory));
            if (act(Map.of("label", newCategory), () -> service.addCategory(dimension.id(), newCategory.getValue()))) {
                FieldErrors.Notifications.success(newCategory.getValue().strip() + " added to " + dimension.name()
                        + ".");
                refresh(this);
            }
        }

        private void removeDimension() {
            removeProblem.setText("");
            try {
                service.removeDimension(dimension.id());
            } catch (InvalidInput invalid) {
                removeProblem.setText(String.join(" ", invalid.fieldErrors().values()));
                return;
            }
            FieldErrors.Notifications.success(dimension.name() + " removed.");
            showDimensions(service.settings(collaborativeId));
        }

        /** Runs a change; a refusal is shown next to the field and what was typed stays. */
        private boolean act(Map<String, ? extends HasValidation> fields, Runnable change) {
            try {
                change.run();
                return true;
            } catch (InvalidInput invalid) {
                FieldErrors.show(invalid, fields);
                return false;
            }
        }

        /** A category: its name (renamed where it stands), reference badge, months with values, move and remove. */
        final class CategoryRow extends Div {

            final CategorySettings category;
            final TextField label = new TextField();
            final Button up = new Button(VaadinIcon.ARROW_UP.create());
            final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
            final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

            CategoryRow(CategorySettings category, boolean first, boolean last, boolean isReference) {
                this.category = category;
                addClassName("measure-settings-category");
                label.setValue(category.label());
                label.setMaxLength(80);
                label.setAriaLabel("Name of " + category.label());
                label.addValueChangeListener(change -> {
                    if (change.isFromClient()) {
                        rename();
                    }
                });
                Div facts = new Div();
                facts.addClassName("measure-settings-category-facts");
                if (isReference) {
                    facts.add(new Badge("Reference group", "measure", "reference"));
                }
                if (category.hasValues()) {
                    Span months = new Span("values for " + category.monthsWithValues()
                            + (category.monthsWithValues() == 1 ? " month" : " months"));
                    months.addClassName("muted");
                    facts.add(months);
                }
                up.setAriaLabel("Move " + category.label() + " up");
                down.setAriaLabel("Move " + category.label() + " down");
                remove.setAriaLabel("Remove " + category.label());
                up.setEnabled(!first);
                down.setEnabled(!last);
                for (Button button : List.of(up, down, remove)) {
                    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
                }
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
                up.addClickListener(click -> move(() -> service.moveCategoryUp(category.id())));
                down.addClickListener(click -> move(() -> service.moveCategoryDown(category.id())));
                remove.addClickListener(click -> removeCategory());
                Div actions = new Div(up, down, remove);
                actions.addClassName("measure-settings-category-actions");
                add(label, facts, actions);
            }

            private void rename() {
                FieldErrors.clear(Map.of("label", label));
                if (act(Map.of("label", label), () -> service.renameCategory(category.id(), label.getValue()))) {
                    FieldErrors.Notifications.success(category.label() + " is now " + label.getValue().strip()
                            + ".");
                    refresh(DimensionCard.this);
                }
            }

            private void move(Runnable change) {
                change.run();
                refresh(DimensionCard.this);
            }

            private void removeCategory() {
                FieldErrors.clear(Map.of("label", label));
                if (act(Map.of("label", label), () -> service.removeCategory(category.id()))) {
                    FieldErrors.Notifications.success(category.label() + " removed from " + dimension.name() + ".");
                    refresh(DimensionCard.this);
                }
            }
        }
    }
}
