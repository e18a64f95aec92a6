package org.allteach.discussion.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.allteach.discussion.CategorySummary;
import org.allteach.discussion.Discussions;
import org.allteach.discussion.Moderation;
import org.allteach.discussion.SpaceKind;
import org.allteach.discussion.SpaceOverview;
import org.allteach.shared.ui.Badge;
import org.allteach.shared.ui.PageHeader;

/** All teach, all learn: the spaces a person may read, each with its categories and what is new there. */
@Route("discuss")
@PageTitle("Discussions · AllTeach")
@Menu(order = 2, title = "Discussions", icon = "vaadin:comments-o")
@PermitAll
class DiscussionsView extends Main implements BeforeEnterObserver {

    private final Discussions discussions;
    private final Moderation moderation;
    private final Div spaces = new Div();
    private final Button reviewQueue = new Button("Review queue", VaadinIcon.FLAG_O.create());

    DiscussionsView(Discussions discussions, Moderation moderation) {
        this.discussions = discussions;
        this.moderation = moderation;
        addClassName("page");
        reviewQueue.addClickListener(click -> click.getSource().getUI()
                .ifPresent(ui -> ui.navigate(ReviewQueueView.class)));
        reviewQueue.setVisible(false);
        Paragraph lead = new Paragraph("Share what worked and where you are stuck. Every team teaches, every team "
                + "learns.");
        lead.addClassName("page-lead");
        add(new PageHeader("Discussions", reviewQueue), lead, spaces);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<SpaceOverview> mine = discussions.mySpaces();
        spaces.removeAll();
        if (mine.isEmpty()) {
            spaces.add(new Paragraph("You are not part of a collaborative yet, so there is nothing to discuss here."));
        }
        mine.forEach(space -> spaces.add(space(space)));
        int flagged = moderation.reviewQueue().size();
        reviewQueue.setVisible(flagged > 0);
        reviewQueue.setText("Review queue (" + flagged + ")");
    }

    private static Section space(SpaceOverview space) {
        H2 title = new H2(space.name());
        Span who = new Span(switch (space.kind()) {
            case TEAM -> "Private to the team, its coach and the organisers";
            case COLLABORATIVE -> "Open to everyone in the collaborative";
            case COMMUNITY -> "Alumni of every collaborative, and current members who joined";
        });
        who.addClassName("muted");
        Div header = space.kind() == SpaceKind.TEAM ? new Div(VaadinIcon.LOCK.create(), title, who)
                : new Div(title, who);
        if (space.readOnly()) {
            header.add(new Badge("Archive · read only", "status", "archived"));
        }
        header.addClassName("space-header");
        Div categories = new Div();
        categories.addClassName("category-grid");
        space.categories().forEach(category -> categories.add(categoryCard(category)));
        Section section = new Section(header, categories);
        section.addClassNames("space", "space-" + space.kind().name().toLowerCase(java.util.Locale.ROOT));
        return section;
    }

    private static RouterLink categoryCard(CategorySummary category) {
        Span name = new Span(category.name());
        name.addClassName("category-name");
        Div top = new Div(name);
        top.addClassName("category-top");
        if (category.unreadThreads() > 0) {
            top.add(new Badge(category.unreadThreads() + " unread", "status", "unread"));
        }
        if (category.newThreads() > 0) {
            top.add(new Badge(category.newThreads() + " new", "status", "new"));
        }
        Span description = new Span(category.description());
        description.addClassName("muted");
        Span count = new Span(category.threads() == 1 ? "1 thread" : category.threads() + " threads");
        count.addClassName("category-count");
        RouterLink card = new RouterLink(CategoryView.class, new RouteParameters("categoryId",
                String.valueOf(category.id())));
        card.add(top, description, count);
        card.addClassNames("card", "category-card", "category-" + category.kind().name().toLowerCase(
                java.util.Locale.ROOT));
        return card;
    }
}
