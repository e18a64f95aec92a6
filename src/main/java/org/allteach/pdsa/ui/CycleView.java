package org.allteach.pdsa.ui;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.pdsa.CycleDetails;
import org.allteach.pdsa.CyclePage;
import org.allteach.pdsa.CycleRef;
import org.allteach.pdsa.CycleStatus;
import org.allteach.pdsa.LinkedMeasure;
import org.allteach.pdsa.LinkedThread;
import org.allteach.pdsa.Pdsa;
import org.allteach.pdsa.PdsaComments;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.ui.ArchiveNotice;
import org.allteach.shared.ui.Dates;
import org.allteach.shared.ui.PageHeader;

/**
 * One PDSA cycle as a worksheet (the IHI Model for Improvement's layout): Plan, Do, Study, Act, its place in its ramp,
 * the measures and threads it is linked to, and the comments. The team and its coach start and complete it here.
 */
@Route("pdsa/:cycleId([0-9]{1,18})")
@PermitAll
@StyleSheet("context://styles/pdsa.css")
class CycleView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final String NOT_YET = "Not written yet.";

    private final Pdsa pdsa;
    private final PdsaComments comments;
    private final Locale locale;
    private final ZoneId zone;
    final Button edit = new Button("Edit worksheet");
    final Button advance = new Button();
    final Button planNext = new Button("Plan next cycle");
    final Div problems = new Div();
    private final PageHeader header = new PageHeader("PDSA cycle", planNext, edit, advance);
    private final ArchiveNotice archived = new ArchiveNotice("This cycle");
    private final RouterLink back = new RouterLink();
    private final Div meta = new Div();
    private final Div body = new Div();
    CyclePage cycle;
    CycleComments commentSection;

    CycleView(Pdsa pdsa, PdsaComments comments, Accounts accounts) {
        this.pdsa = pdsa;
        this.comments = comments;
        PersonProfile me = accounts.myProfile();
        this.locale = me.locale();
        this.zone = me.timeZone();
        addClassNames("page", "pdsa-cycle-page");
        back.addClassName("back-link");
        meta.addClassName("pdsa-meta");
        problems.addClassName("pdsa-problems");
        problems.setVisible(false);
        advance.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        advance.addClickListener(click -> advance());
        edit.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(CycleFormView.class,
                new RouteParameters("cycleId", String.valueOf(cycle.id())))));
        planNext.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(CycleFormView.class,
                new RouteParameters("teamId", String.valueOf(cycle.teamId())),
                QueryParameters.of("after", String.valueOf(cycle.id())))));
        archived.setVisible(false);
        add(back, header, archived, meta, problems, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long cycleId = event.getRouteParameters().getLong("cycleId").orElse(-1L);
        show(pdsa.cycle(cycleId));
    }

    @Override
    public String getPageTitle() {
        return cycle == null ? "PDSA cycle · AllTeach" : cycle.label() + " · " + cycle.details().title()
                + " · AllTeach";
    }

    private void show(CyclePage page) {
        cycle = page;
        CycleDetails d = page.details();
        back.setText("\u2190 PDSA cycles of " + page.teamName());
        back.setRoute(PdsaBoardView.class, new RouteParameters("teamId", String.valueOf(page.teamId())));
        header.setTitle(page.label() + " \u00b7 " + d.title());
        archived.setVisible(page.archived());
        edit.setVisible(page.mayWrite());
        advance.setVisible(page.mayWrite() && page.status() != CycleStatus.COMPLETED);
        // Only the last cycle of a ramp may be followed: a ramp is one cycle after another.
        planNext.setVisible(page.mayWrite() && page.ramp().getLast().id() == page.id());
        advance.setText(page.status() == CycleStatus.PLANNED ? "Start cycle" : "Complete cycle");

        meta.removeAll();
        meta.add(PdsaBadges.of(page.status()));
        if (page.status() == CycleStatus.COMPLETED && d.act() != null) {
            meta.add(PdsaBadges.of(d.act()));
        }
        if (page.changeIdeaTitle() != null) {
            meta.add(metaItem("Change idea", page.changeIdeaTitle()));
        }
        if (d.plannedStart() != null) {
            meta.add(metaItem("Planned start", Dates.format(d.plannedStart(), locale)));
        }
        if (d.startedOn() != null) {
            meta.add(metaItem("Started", Dates.format(d.startedOn(), locale)));
        }
        if (d.completedOn() != null) {
            meta.add(metaItem("Completed", Dates.format(d.completedOn(), locale)));
        }

        body.removeAll();
        body.addClassName("pdsa-cycle-body");
        if (page.ramp().size() > 1) {
            body.add(rampStrip(page));
        }
        Div worksheet = new Div(
                stage("plan", "Plan", field("Objective", d.objective()), field("Questions", d.questions()),
                        field("Prediction", d.prediction()), planGrid(d), field("Data to collect", d.dataToCollect())),
                stage("do", "Do", field("What happened", d.whatHappened()), field("Observations", d.observations())),
                stage("study", "Study", field("Compared with the prediction", d.study())),
                stage("act", "Act", field("Decision", d.act() == null ? null : d.act().label() + ": "
                        + d.act().meaning()), field("Next cycle", d.nextCycle())));
        worksheet.addClassName("pdsa-worksheet");
        Div side = new Div(links(page));
        side.addClassName("pdsa-side");
        Div layout = new Div(worksheet, side);
        layout.addClassName("pdsa-layout");
        commentSection = new CycleComments(comments, page.id(), !page.archived(), zone, locale);
        body.add(layout, commentSection);
    }

    private static Span metaItem(String label, String value) {
        Span name = new Span(label + ": ");
        name.addClassName("muted");
        Span item = new Span(name, new Span(value));
        item.addClassName("pdsa-meta-item");
        return item;
    }

    private Component rampStrip(CyclePage page) {
        OrderedList steps = new OrderedList();
        steps.addClassName("pdsa-ramp-strip");
        steps.getElement().setAttribute("aria-label", "The ramp this cycle is part of");
        for (CycleRef step : page.ramp()) {
            ListItem item = new ListItem();
            item.addClassName("pdsa-strip-step");
            if (step.id() == page.id()) {
                item.addClassName("current");
                item.getElement().setAttribute("aria-current", "step");
                item.add(new Span(step.label()));
            } else {
                item.add(new RouterLink(step.label(), CycleView.class, new RouteParameters("cycleId",
                        String.valueOf(step.id()))));
            }
            item.getElement().setAttribute("title", step.title() + " \u00b7 " + step.status().label());
            steps.add(item);
        }
        Span label = new Span("Ramp");
        label.addClassName("muted");
        Div strip = new Div(label, steps);
        strip.addClassName("pdsa-ramp-row");
        return strip;
    }

    private static Section stage(String key, String name, Component... fields) {
        Span letter = new Span(name.substring(0, 1));
        letter.addClassName("pdsa-letter");
        H2 heading = new H2(letter, new Span(name));
        Section section = new Section(heading);
        section.addClassNames("card", "pdsa-stage", "pdsa-stage-" + key);
        DescriptionList list = new DescriptionList();
        for (Component field : fields) {
            list.add(field);
        }
        section.add(list);
        return section;
    }

    private static Div field(String label, String text) {
        DescriptionList.Term term = new DescriptionList.Term(label);
        DescriptionList.Description value = new DescriptionList.Description(text == null ? NOT_YET : text);
        if (text == null) {
            value.addClassName("muted");
        }
        Div field = new Div(term, value);
        field.addClassName("pdsa-field");
        return field;
    }

    private static Div planGrid(CycleDetails d) {
        Div grid = new Div(field("Who", d.planWho()), field("What", d.planWhat()), field("When", d.planWhen()),
                field("Where", d.planWhere()));
        grid.addClassName("pdsa-plan-grid");
        return grid;
    }

    private static Section links(CyclePage page) {
        Section card = new Section(new H2("Linked"));
        card.addClassNames("card", "pdsa-links");
        Span measuresLabel = new Span("Measures");
        measuresLabel.addClassName("pdsa-links-label");
        card.add(measuresLabel);
        if (page.measures().isEmpty()) {
            card.add(muted("No measures linked: link one to see this cycle on its chart."));
        } else {
            UnorderedList list = new UnorderedList();
            for (LinkedMeasure measure : page.measures()) {
                list.add(new ListItem(measure.name()));
            }
            card.add(list);
        }
        Span threadsLabel = new Span("Discussions");
        threadsLabel.addClassName("pdsa-links-label");
        card.add(threadsLabel);
        if (page.threads().isEmpty()) {
            card.add(muted("No threads linked."));
        } else {
            UnorderedList list = new UnorderedList();
            for (LinkedThread thread : page.threads()) {
                Span where = new Span(thread.where());
                where.addClassName("muted");
                list.add(new ListItem(new Anchor("discuss/t/" + thread.id(), thread.title()), new Div(where)));
            }
            card.add(list);
        }
        return card;
    }

    private static Paragraph muted(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("muted");
        return paragraph;
    }

    private void advance() {
        problems.setVisible(false);
        try {
            if (cycle.status() == CycleStatus.PLANNED) {
                pdsa.start(cycle.id());
            } else {
                pdsa.complete(cycle.id());
            }
            show(pdsa.cycle(cycle.id()));
        } catch (InvalidInput invalid) {
            List<String> messages = new ArrayList<>(invalid.fieldErrors().values());
            problems.removeAll();
            problems.add(new Span(cycle.status() == CycleStatus.PLANNED ? "Before you start:" : "Before you complete "
                    + "the cycle:"));
            UnorderedList list = new UnorderedList();
            messages.forEach(message -> list.add(new ListItem(message)));
            Button fix = new Button("Edit worksheet", click -> edit.click());
            fix.addThemeVariants(ButtonVariant.LUMO_SMALL);
            problems.add(list, fix);
            problems.setVisible(true);
        }
    }
}
