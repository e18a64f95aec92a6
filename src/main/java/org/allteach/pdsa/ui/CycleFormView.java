package org.allteach.pdsa.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.allteach.identity.Accounts;
import org.allteach.pdsa.ActDecision;
import org.allteach.pdsa.ChangeIdeaView;
import org.allteach.pdsa.ChangeIdeas;
import org.allteach.pdsa.CycleDetails;
import org.allteach.pdsa.CyclePage;
import org.allteach.pdsa.CycleRef;
import org.allteach.pdsa.CycleStatus;
import org.allteach.pdsa.LinkedMeasure;
import org.allteach.pdsa.LinkedThread;
import org.allteach.pdsa.Pdsa;
import org.allteach.shared.ui.DateField;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.shared.ui.PageHeader;
import org.springframework.security.access.AccessDeniedException;

/**
 * The PDSA worksheet as a form: a new cycle's plan ({@code ?after=} a cycle plans the next step of its ramp), or an
 * existing cycle's worksheet, with Do, Study and Act once it has started.
 */
@Route("teams/:teamId([0-9]{1,18})/pdsa/new")
@RouteAlias("pdsa/:cycleId([0-9]{1,18})/edit")
@PermitAll
@StyleSheet("context://styles/pdsa.css")
class CycleFormView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Pdsa pdsa;
    private final ChangeIdeas changeIdeas;
    private final Locale locale;

    final ComboBox<ChangeIdeaView> changeIdea = new ComboBox<>("Change idea it tests");
    final ComboBox<CycleRef> previous = new ComboBox<>("Follows (the ramp it builds on)");
    final TextField title = new TextField("Title");
    final TextArea objective = new TextArea("Objective");
    final TextArea questions = new TextArea("Questions");
    final TextArea prediction = new TextArea("Prediction");
    final TextField planWho = new TextField("Who");
    final TextArea planWhat = new TextArea("What");
    final TextField planWhen = new TextField("When");
    final TextField planWhere = new TextField("Where");
    final TextArea dataToCollect = new TextArea("Data to collect");
    final DateField plannedStart = new DateField("Planned start");
    final TextArea whatHappened = new TextArea("What happened");
    final TextArea observations = new TextArea("Observations");
    final DateField startedOn = new DateField("Started on");
    final TextArea study = new TextArea("Compared with the prediction");
    final RadioButtonGroup<ActDecision> act = new RadioButtonGroup<>("Decision");
    final TextArea nextCycle = new TextArea("Next cycle");
    final DateField completedOn = new DateField("Completed on");
    final MultiSelectComboBox<LinkedMeasure> measures = new MultiSelectComboBox<>("Measures it hopes to move");
    final MultiSelectComboBox<LinkedThread> threads = new MultiSelectComboBox<>("Discussion threads");
    final Button save = new Button();
    private final PageHeader header = new PageHeader("New PDSA cycle");
    private final RouterLink back = new RouterLink();
    private final Section doStage;
    private final Section studyStage;
    private final Section actStage;
    private long teamId;
    private CyclePage editing;

    CycleFormView(Pdsa pdsa, ChangeIdeas changeIdeas, Accounts accounts) {
        this.pdsa = pdsa;
        this.changeIdeas = changeIdeas;
        this.locale = accounts.myProfile().locale();
        addClassNames("page", "narrow-page", "pdsa-form");
        back.addClassName("back-link");
        changeIdea.setItemLabelGenerator(ChangeIdeaView::title);
        changeIdea.setClearButtonVisible(true);
        previous.setItemLabelGenerator(cycle -> cycle.label() + " \u00b7 " + cycle.title());
        previous.setClearButtonVisible(true);
        measures.setItemLabelGenerator(LinkedMeasure::name);
        threads.setItemLabelGenerator(thread -> thread.title() + " (" + thread.where() + ")");
        act.setItems(ActDecision.values());
        act.setItemLabelGenerator(decision -> decision.label() + " \u2014 " + decision.meaning());
        title.setHelperText("Short, for the ramp and the chart's marker: \"Teach-back with 5 patients\".");
        objective.setHelperText("What is this cycle for?");
        questions.setHelperText("What do you want to learn?");
        prediction.setHelperText("What do you expect to happen? A number makes it easy to study.");
        planWhat.setHelperText("The change, and the test of it.");
        List.of(objective, questions, prediction, planWhat, dataToCollect, whatHappened, observations, study,
                nextCycle).forEach(area -> area.setMinRows(2));
        Div planGrid = new Div(planWho, planWhen, planWhere, plannedStart);
        planGrid.addClassName("pdsa-form-grid");
        Div links = new Div(changeIdea, previous);
        links.addClassName("pdsa-form-grid");
        Section about = stage("about", "The cycle", title, links, measures, threads);
        Section plan = stage("plan", "Plan", objective, questions, prediction, planWhat, planGrid, dataToCollect);
        doStage = stage("do", "Do", whatHappened, observations, startedOn);
        studyStage = stage("study", "Study", study);
        actStage = stage("act", "Act", act, nextCycle, completedOn);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Button cancel = new Button("Cancel", click -> leave(editing == null ? null : editing.id()));
        Div actions = new Div(save, cancel);
        actions.addClassName("form-actions");
        add(back, header, about, plan, doStage, studyStage, actStage, actions);
    }

    private static Section stage(String key, String name, Component... fields) {
        Section section = new Section(new H2(name));
        section.addClassNames("card", "pdsa-stage", "pdsa-stage-" + key);
        for (Component field : fields) {
            if (field instanceof HasSize sized) {
                sized.setWidthFull();
            }
            section.add(field);
        }
        return section;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters parameters = event.getRouteParameters();
        Optional<Long> cycleId = parameters.getLong("cycleId");
        if (cycleId.isPresent()) {
            editing = pdsa.cycle(cycleId.get());
            if (!editing.mayWrite()) {
                throw new AccessDeniedException("Only the team's members and its coach may change its cycles.");
            }
            teamId = editing.teamId();
        } else {
            teamId = parameters.getLong("teamId").orElse(-1L);
        }
        List<ChangeIdeaView> ideas = changeIdeas.changeIdeas(teamId);
        List<CycleRef> cycles = pdsa.cycleRefs(teamId).stream()
                .filter(cycle -> editing == null || cycle.id() != editing.id()).toList();
        List<LinkedMeasure> measureChoices = pdsa.measuresToLink(teamId);
        List<LinkedThread> threadChoices = new ArrayList<>(pdsa.threadsToLink(teamId));
        changeIdea.setItems(ideas);
        changeIdea.setVisible(!ideas.isEmpty());
        previous.setItems(cycles);
        previous.setVisible(!cycles.isEmpty());
        measures.setItems(measureChoices);
        measures.setVisible(!measureChoices.isEmpty());
        if (editing == null) {
            header.setTitle("New PDSA cycle");
            save.setText("Plan the cycle");
            back.setText("\u2190 PDSA cycles");
            back.setRoute(PdsaBoardView.class, new RouteParameters("teamId", String.valueOf(teamId)));
            event.getLocation().getQueryParameters().getSingleParameter("after").flatMap(CycleFormView::number)
                    .flatMap(after -> cycles.stream().filter(cycle -> cycle.id() == after).findFirst())
                    .ifPresent(after -> {
                        previous.setValue(after);
                        Long ideaId = pdsa.cycle(after.id()).details().changeIdeaId();
                        ideas.stream().filter(idea -> Objects.equals(idea.id(), ideaId)).findFirst()
                                .ifPresent(changeIdea::setValue);
                    });
            threads.setItems(threadChoices);
            showStages(CycleStatus.PLANNED);
            return;
        }
        CycleDetails d = editing.details();
        header.setTitle("Edit " + editing.label());
        save.setText("Save worksheet");
        back.setText("\u2190 " + editing.label() + " \u00b7 " + d.title());
        back.setRoute(CycleView.class, new RouteParameters("cycleId", String.valueOf(editing.id())));
        // Linked threads stay choosable even when they are no longer among the recent ones.
        editing.threads().stream().filter(linked -> threadChoices.stream().noneMatch(t -> t.id() == linked.id()))
                .forEach(threadChoices::add);
        threads.setItems(threadChoices);
        ideas.stream().filter(idea -> Objects.equals(idea.id(), d.changeIdeaId())).findFirst()
                .ifPresent(changeIdea::setValue);
        cycles.stream().filter(cycle -> Objects.equals(cycle.id(), d.previousCycleId())).findFirst()
                .ifPresent(previous::setValue);
        title.setValue(d.title());
        objective.setValue(d.objective());
        set(questions, d.questions());
        set(prediction, d.prediction());
        set(planWho, d.planWho());
        set(planWhat, d.planWhat());
        set(planWhen, d.planWhen());
        set(planWhere, d.planWhere());
        set(dataToCollect, d.dataToCollect());
        set(whatHappened, d.whatHappened());
        set(observations, d.observations());
        set(study, d.study());
        set(nextCycle, d.nextCycle());
        act.setValue(d.act());
        plannedStart.setValue(d.plannedStart());
        startedOn.setValue(d.startedOn());
        completedOn.setValue(d.completedOn());
        measures.setValue(measureChoices.stream().filter(m -> d.measureIds().contains(m.id()))
                .collect(Collectors.toSet()));
        threads.setValue(threadChoices.stream().filter(t -> d.threadIds().contains(t.id()))
                .collect(Collectors.toSet()));
        showStages(editing.status());
    }

    private void showStages(CycleStatus status) {
        doStage.setVisible(status != CycleStatus.PLANNED);
        studyStage.setVisible(status != CycleStatus.PLANNED);
        actStage.setVisible(status != CycleStatus.PLANNED);
        completedOn.setVisible(status == CycleStatus.COMPLETED);
    }

    @Override
    public String getPageTitle() {
        return (editing == null ? "New PDSA cycle" : "Edit " + editing.label()) + " · AllTeach";
    }

    private static void set(TextField field, String value) {
        field.setValue(value == null ? "" : value);
    }

    private static void set(TextArea field, String value) {
        field.setValue(value == null ? "" : value);
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("changeIdea", changeIdea);
        fields.put("previous", previous);
        fields.put("title", title);
        fields.put("objective", objective);
        fields.put("questions", questions);
        fields.put("prediction", prediction);
        fields.put("planWho", planWho);
        fields.put("planWhat", planWhat);
        fields.put("planWhen", planWhen);
        fields.put("planWhere", planWhere);
        fields.put("dataToCollect", dataToCollect);
        fields.put("plannedStart", plannedStart);
        fields.put("whatHappened", whatHappened);
        fields.put("observations", observations);
        fields.put("startedOn", startedOn);
        fields.put("study", study);
        fields.put("act", act);
        fields.put("nextCycle", nextCycle);
        fields.put("completedOn", completedOn);
        fields.put("measures", measures);
        fields.put("threads", threads);
        return fields;
    }

    private void save() {
        Map<String, HasValidation> fields = fields();
        FieldErrors.clear(fields);
        boolean unreadable = plannedStart.markUnreadableInput(locale) | startedOn.markUnreadableInput(locale)
                | completedOn.markUnreadableInput(locale);
        if (unreadable) {
            return;
        }
        CycleDetails details = new CycleDetails(
                changeIdea.getValue() == null ? null : changeIdea.getValue().id(),
                previous.getValue() == null ? null : previous.getValue().id(),
                title.getValue(), objective.getValue(), questions.getValue(), prediction.getValue(),
                planWho.getValue(), planWhat.getValue(), planWhen.getValue(), planWhere.getValue(),
                dataToCollect.getValue(), whatHappened.getValue(), observations.getValue(), study.getValue(),
                act.getValue(), nextCycle.getValue(), plannedStart.getValue(), startedOn.getValue(),
                completedOn.getValue(),
                measures.getValue().stream().map(LinkedMeasure::id).collect(Collectors.toSet()),
                threads.getValue().stream().map(LinkedThread::id).collect(Collectors.toSet()));
        FieldErrors.submit(fields, () -> {
            if (editing == null) {
                long id = pdsa.plan(teamId, details);
                FieldErrors.Notifications.success("PDSA cycle planned.");
                leave(id);
            } else {
                pdsa.update(editing.id(), details);
                FieldErrors.Notifications.success("Worksheet saved.");
                leave(editing.id());
            }
        });
    }

    private void leave(Long cycleId) {
        getUI().ifPresent(ui -> {
            if (cycleId == null) {
                ui.navigate(PdsaBoardView.class, new RouteParameters("teamId", String.valueOf(teamId)));
            } else {
                ui.navigate(CycleView.class, new RouteParameters("cycleId", String.valueOf(cycleId)));
            }
        });
    }
}
