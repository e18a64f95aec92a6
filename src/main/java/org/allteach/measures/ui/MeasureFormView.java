package org.allteach.measures.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.allteach.collaborative.CollaborativeStatus;
import org.allteach.collaborative.Collaboratives;
import org.allteach.collaborative.TeamRef;
import org.allteach.collaborative.Teams;
import org.allteach.identity.Roles;
import org.allteach.measures.Dimension;
import org.allteach.measures.MeasureDetails;
import org.allteach.measures.MeasureType;
import org.allteach.measures.MeasureView;
import org.allteach.measures.Measures;
import org.allteach.measures.Strata;
import org.allteach.measures.analysis.DataKind;
import org.allteach.measures.analysis.Direction;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.ui.ArchiveNotice;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.shared.ui.PageHeader;
import org.springframework.security.access.AccessDeniedException;

/**
 * An organiser defines a measure: what it tells, how it is counted, its operational definition, which way is better,
 * its goal, its baseline, the teams that report it and the groups it is stratified by.
 */
@Route("measures/define/:measureId")
@PageTitle("Define a measure · AllTeach")
@StyleSheet("context://styles/measures.css")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER})
class MeasureFormView extends Main implements BeforeEnterObserver {

    static final String NEW = "new";

    private final Measures measures;
    private final Strata strata;
    private final Teams teams;
    private final Collaboratives collaboratives;

    private final PageHeader header = new PageHeader("Define a measure");
    final TextField name = new TextField("Name");
    final Select<MeasureType> type = new Select<>();
    final Select<DataKind> kind = new Select<>();
    final IntegerField ratePer = new IntegerField("Per how many units");
    final TextField unit = new TextField("Unit (for counts and means)");
    final TextArea operationalDefinition = new TextArea("Operational definition");
    final RadioButtonGroup<Direction> direction = new RadioButtonGroup<>("Better is");
    final BigDecimalField goal = new BigDecimalField("Goal");
    final IntegerField baselinePoints = new IntegerField("Baseline (months)");
    final CheckboxGroup<TeamRef> reportingTeams = new CheckboxGroup<>("Teams that report it");
    final CheckboxGroup<Dimension> dimensions = new CheckboxGroup<>("Stratified by");
    final Button save = new Button("Save measure");
    final ArchiveNotice archived = new ArchiveNotice("This measure");
    private final FormLayout form = new FormLayout();

    private long collaborativeId;
    private Long measureId;

    MeasureFormView(Measures measures, Strata strata, Teams teams, Collaboratives collaboratives) {
        this.measures = measures;
        this.strata = strata;
        this.teams = teams;
        this.collaboratives = collaboratives;
        addClassNames("page", "measure-form");
        name.setMaxLength(200);
        type.setLabel("Type");
        type.setItems(MeasureType.values());
        type.setItemLabelGenerator(MeasureType::label);
        kind.setLabel("Counted as");
        kind.setItems(DataKind.values());
        kind.setItemLabelGenerator(k -> switch (k) {
            case PROPORTION -> "Percentage (numerator / denominator)";
            case RATE -> "Rate (events per units)";
            case COUNT -> "Count of events";
            case MEAN -> "Average of a measurement";
        });
        kind.addValueChangeListener(change -> showKind());
        ratePer.setHelperText("e.g. 1000 for falls per 1,000 patient days");
        operationalDefinition.setHelperText("Who is in the denominator, what puts them in the numerator, where the "
                + "data come from.");
        operationalDefinition.setMaxLength(4000);
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(d -> d == Direction.UP ? "Higher" : "Lower");
        goal.setHelperText("Optional; a percentage from 0 to 100 for a percentage measure.");
        baselinePoints.setMin(6);
        baselinePoints.setMax(60);
        baselinePoints.setStepButtonsVisible(true);
        baselinePoints.setHelperText("The months the median and limits are computed on; 12 is usual.");
        reportingTeams.setItemLabelGenerator(TeamRef::name);
        dimensions.setItemLabelGenerator(Dimension::name);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.add(name, 2);
        form.add(type, kind, ratePer, unit);
        form.add(operationalDefinition, 2);
        form.add(direction, goal, baselinePoints);
        form.add(reportingTeams, 2);
        form.add(dimensions, 2);
        archived.setVisible(false);
        add(header, archived, form, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        String id = enter.getRouteParameters().get("measureId").orElse(NEW);
        if (NEW.equals(id)) {
            List<String> asked = enter.getLocation().getQueryParameters().getParameters()
                    .getOrDefault("collaborative", List.of());
            // no new measures in a closed collaborative's archive
            collaborativeId = collaboratives.organisedByMe().stream()
                    .filter(c -> c.status() != CollaborativeStatus.ALUMNI).mapToLong(c -> c.id())
                    .filter(c -> asked.isEmpty() || String.valueOf(c).equals(asked.getFirst())).findFirst()
                    .orElseThrow(NotFoundException::new);
            measureId = null;
            loadChoices();
            type.setValue(MeasureType.OUTCOME);
            kind.setValue(DataKind.PROPORTION);
            direction.setValue(Direction.UP);
            baselinePoints.setValue(12);
            reportingTeams.setValue(Set.copyOf(reportingTeams.getListDataView().getItems().toList()));
        } else {
            MeasureView view;
            try {
                view = measures.measure(Long.parseLong(id));
                measureId = view.id();
                collaborativeId = view.details().collaborativeId();
                loadChoices();
            } catch (NoSuchElementException | NumberFormatException | AccessDeniedException missing) {
                throw new NotFoundException();
            }
            fill(view.details());
            header.setTitle(view.details().name());
            boolean closed = collaboratives.summary(collaborativeId).status() == CollaborativeStatus.ALUMNI;
            archived.setVisible(closed);
            form.setEnabled(!closed);
            save.setVisible(!closed);
        }
        showKind();
    }

    private void loadChoices() {
        reportingTeams.setItems(teams.teamRefs(collaborativeId));
        dimensions.setItems(strata.dimensions(collaborativeId));
    }

    private void fill(MeasureDetails details) {
        name.setValue(details.name());
        type.setValue(details.type());
        kind.setValue(details.kind());
        ratePer.setValue(details.ratePer());
        unit.setValue(details.unit() == null ? "" : details.unit());
        operationalDefinition.setValue(details.operationalDefinition());
        direction.setValue(details.direction());
        goal.setValue(details.goal() == null ? null : details.kind() == DataKind.PROPORTION
                ? details.goal().multiply(BigDecimal.valueOf(100)).stripTrailingZeros() : details.goal());
        baselinePoints.setValue(details.baselinePoints());
        reportingTeams.setValue(reportingTeams.getListDataView().getItems()
                .filter(t -> details.teamIds().contains(t.id())).collect(Collectors.toSet()));
        dimensions.setValue(dimensions.getListDataView().getItems()
                .filter(d -> details.dimensionIds().contains(d.id())).collect(Collectors.toSet()));
    }

    private void showKind() {
        ratePer.setVisible(kind.getValue() == DataKind.RATE);
        unit.setVisible(kind.getValue() == DataKind.COUNT || kind.getValue() == DataKind.MEAN);
        goal.setLabel(kind.getValue() == DataKind.PROPORTION ? "Goal (%)" : "Goal");
    }

    private void save() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("name", name);
        fields.put("type", type);
        fields.put("kind", kind);
        fields.put("ratePer", ratePer);
        fields.put("unit", unit);
        fields.put("operationalDefinition", operationalDefinition);
        fields.put("direction", direction);
        fields.put("goal", goal);
        fields.put("baselinePoints", baselinePoints);
        fields.put("teams", reportingTeams);
        fields.put("dimensions", dimensions);
        FieldErrors.clear(fields);
        BigDecimal goalValue = goal.getValue() == null ? null : kind.getValue() == DataKind.PROPORTION
                ? goal.getValue().divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP) : goal.getValue();
        MeasureDetails details = new MeasureDetails(collaborativeId, name.getValue(), type.getValue(),
                kind.getValue(), ratePer.getValue(), unit.getValue(), operationalDefinition.getValue(),
                direction.getValue(), goalValue, baselinePoints.getValue() == null ? 0 : baselinePoints.getValue(),
                reportingTeams.getValue().stream().map(TeamRef::id).collect(Collectors.toSet()),
                dimensions.getValue().stream().map(Dimension::id).collect(Collectors.toSet()));
        try {
            if (measureId == null) {
                measureId = measures.create(details);
            } else {
                measures.update(measureId, details);
            }
        } catch (InvalidInput invalid) {
            FieldErrors.show(invalid, fields);
            return;
        }
        FieldErrors.Notifications.success("Measure saved.");
        getUI().ifPresent(ui -> ui.navigate(MeasuresView.class));
    }
}
