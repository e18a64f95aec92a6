package org.allteach.pdsa.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.allteach.identity.Accounts;
import org.allteach.pdsa.ChangeIdeaView;
import org.allteach.pdsa.ChangeIdeas;
import org.allteach.pdsa.CycleRef;
import org.allteach.pdsa.CycleStatus;
import org.allteach.pdsa.Pdsa;
import org.allteach.pdsa.PdsaBoard;
import org.allteach.pdsa.Ramp;
import org.allteach.shared.ui.PageHeader;

/**
 * A team's PDSA cycles: its change ideas, each with the ramps of cycles that test it, and the cycles that test no named
 * idea. The team and its coach add ideas and cycles; organisers read.
 */
@Route("teams/:teamId([0-9]{1,18})/pdsa")
@PermitAll
@StyleSheet("context://styles/pdsa.css")
class PdsaBoardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Pdsa pdsa;
    private final ChangeIdeas changeIdeas;
    private final Locale locale;
    final Button newCycle = new Button("New cycle");
    final Button newIdea = new Button("New change idea");
    private final PageHeader header = new PageHeader("PDSA cycles", newIdea, newCycle);
    private final Paragraph lead = new Paragraph();
    private final Div content = new Div();
    private long teamId;
    private String title = "PDSA cycles · AllTeach";

    PdsaBoardView(Pdsa pdsa, ChangeIdeas changeIdeas, Accounts accounts) {
        this.pdsa = pdsa;
        this.changeIdeas = changeIdeas;
        this.locale = accounts.myProfile().locale();
        addClassNames("page", "pdsa-board");
        lead.addClassName("page-lead");
        content.addClassName("pdsa-ideas");
        newCycle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newCycle.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(CycleFormView.class,
                new RouteParameters("teamId", String.valueOf(teamId)))));
        newIdea.addClickListener(click -> new ChangeIdeaDialog(changeIdeas, teamId, null, this::load).open());
        add(header, lead, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        teamId = event.getRouteParameters().getLong("teamId").orElse(-1L);
        load();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void load() {
        PdsaBoard board = pdsa.board(teamId);
        title = "PDSA cycles · " + board.teamName() + " · AllTeach";
        newCycle.setVisible(board.mayWrite());
        newIdea.setVisible(board.mayWrite());
        lead.removeAll();
        Anchor team = new Anchor("teams/" + teamId, board.teamName());
        lead.add(team, new Span(" · Plan, Do, Study, Act: each cycle tests a change on a small scale; cycles that "
                + "build on each other make a ramp."));
        content.removeAll();
        Map<Long, ChangeIdeaView> ideas = board.changeIdeas().stream()
                .collect(Collectors.toMap(ChangeIdeaView::id, Function.identity()));
        Map<Long, List<Ramp>> rampsByIdea = board.ramps().stream().filter(ramp -> ramp.changeIdeaId() != null
                && ideas.containsKey(ramp.changeIdeaId())).collect(Collectors.groupingBy(Ramp::changeIdeaId));
        for (ChangeIdeaView idea : board.changeIdeas()) {
            content.add(ideaCard(idea, rampsByIdea.getOrDefault(idea.id(), List.of()), board.mayWrite()));
        }
        List<Ramp> others = board.ramps().stream().filter(ramp -> ramp.changeIdeaId() == null
                || !ideas.containsKey(ramp.changeIdeaId())).toList();
        if (!others.isEmpty() || board.changeIdeas().isEmpty()) {
            Section card = new Section(new H2(board.changeIdeas().isEmpty() ? "Cycles" : "Other cycles"));
            card.addClassNames("card", "pdsa-idea");
            if (others.isEmpty()) {
                Paragraph none = new Paragraph(board.mayWrite() ? "No cycles yet. Name a change idea, then plan a "
                        + "first small test of it." : "The team has not planned a cycle yet.");
                none.addClassName("muted");
                card.add(none);
            }
            others.forEach(ramp -> card.add(ramp(ramp)));
            content.add(card);
        }
    }

    private Section ideaCard(ChangeIdeaView idea, List<Ramp> ramps, boolean mayWrite) {
        H2 name = new H2(idea.title());
        Div heading = new Div(name, PdsaBadges.of(idea.details().status()));
        heading.addClassName("pdsa-idea-heading");
        if (mayWrite) {
            Button edit = new Button("Edit", click -> new ChangeIdeaDialog(changeIdeas, teamId, idea, this::load)
                    .open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel("Edit " + idea.title());
            heading.add(edit);
        }
        Section card = new Section(heading);
        card.addClassNames("card", "pdsa-idea");
        if (idea.details().fromChangePackage()) {
            String source = "From the change package" + (idea.details().packageReference() == null ? ""
                    : ": " + idea.details().packageReference());
            Span from = new Span(source);
            from.addClassNames("muted", "pdsa-source");
            if (idea.changePackageTitle() != null) {
                from.add(new Span(" · "), new Anchor("library/" + idea.details().changePackageId(),
                        idea.changePackageTitle()));
            }
            card.add(from);
        }
        if (idea.details().description() != null) {
            card.add(new Paragraph(idea.details().description()));
        }
        if (ramps.isEmpty()) {
            Paragraph none = new Paragraph("No cycles test this idea yet.");
            none.addClassName("muted");
            card.add(none);
        }
        ramps.forEach(ramp -> card.add(ramp(ramp)));
        return card;
    }

    /** A ramp: its cycles one after another, each a step up. */
    private OrderedList ramp(Ramp ramp) {
        OrderedList steps = new OrderedList();
        steps.addClassName("pdsa-ramp");
        for (CycleRef cycle : ramp.cycles()) {
            RouterLink link = new RouterLink(CycleView.class, new RouteParameters("cycleId",
                    String.valueOf(cycle.id())));
            Span label = new Span(cycle.label());
            label.addClassName("pdsa-label");
            link.add(label, new Span(cycle.title()));
            link.addClassName("pdsa-step-link");
            Div meta = new Div(PdsaBadges.of(cycle.status()));
            meta.addClassName("pdsa-step-meta");
            if (cycle.act() != null && cycle.status() == CycleStatus.COMPLETED) {
                meta.add(PdsaBadges.of(cycle.act()));
            }
            String when = PdsaBadges.when(cycle, locale);
            if (when != null) {
                Span date = new Span(when);
                date.addClassName("muted");
                meta.add(date);
            }
            ListItem step = new ListItem(link, meta);
            step.addClassName("pdsa-step");
            steps.add(step);
        }
        return steps;
    }
}
