package org.allteach.discussion.ui;

import java.time.Clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.allteach.discussion.CategoryHeader;
import org.allteach.discussion.DiscussionTopics;
import org.allteach.discussion.Discussions;
import org.allteach.discussion.NotificationLevel;
import org.allteach.discussion.Posting;
import org.allteach.discussion.ThreadRow;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.shared.ui.ArchiveNotice;
import org.allteach.shared.ui.Badge;
import org.allteach.shared.ui.LiveUpdates;
import org.allteach.shared.ui.PageHeader;

/** A category's threads, pinned first, then the latest activity, with what the reader has not read yet. */
@Route("discuss/c/:categoryId")
@PermitAll
class CategoryView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Discussions discussions;
    private final Posting posting;
    private final Clock clock;
    private final PersonProfile me;
    private final PageHeader header = new PageHeader("");
    private final RouterLink back = new RouterLink("Discussions", DiscussionsView.class);
    private final Span spaceName = new Span();
    private final ArchiveNotice archived = new ArchiveNotice("This space");
    private final Paragraph description = new Paragraph();
    private final Button newThread = new Button("New thread", VaadinIcon.PLUS.create());
    private final Select<NotificationLevel> level = NotificationLevels.select();
    private final Grid<ThreadRow> threads = new Grid<>();
    private final LiveUpdates liveUpdates;
    private CategoryHeader category;

    CategoryView(Discussions discussions, Posting posting, Accounts accounts, Clock clock, LiveUpdates liveUpdates) {
        this.liveUpdates = liveUpdates;
        this.discussions = discussions;
        this.posting = posting;
        this.clock = clock;
        this.me = accounts.myProfile();
        addClassName("page");
        Div crumbs = new Div(back, new Span("›"), spaceName);
        crumbs.addClassName("breadcrumbs");
        newThread.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newThread.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(NewThreadView.class,
                new RouteParameters("categoryId", String.valueOf(category.id())))));
        level.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                posting.setCategoryLevel(category.id(), change.getValue());
            }
        });
        header.add(level, newThread);
        description.addClassName("page-lead");
        threads.addClassName("thread-grid");
        threads.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        threads.addComponentColumn(this::topic).setHeader("Topic").setFlexGrow(5);
        threads.addColumn(row -> row.posts() - 1).setHeader("Replies").setFlexGrow(0).setWidth("7rem");
        threads.addComponentColumn(this::activity).setHeader("Activity").setFlexGrow(1);
        threads.setAllRowsVisible(false);
        threads.setPageSize(50);
        threads.addItemClickListener(click -> openThread(click.getItem()));
        archived.setVisible(false);
        add(crumbs, header, archived, description, threads);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long categoryId = event.getRouteParameters().getLong("categoryId").orElse(-1L);
        category = discussions.category(categoryId);
        header.setTitle(category.name());
        spaceName.setText(category.spaceName());
        description.setText(category.description());
        newThread.setVisible(category.mayStartThread());
        archived.setVisible(category.archived());
        level.setValue(category.level());
        threads.setItems(query -> discussions.threads(categoryId, query.getOffset(), query.getLimit()).stream(),
                query -> discussions.countThreads(categoryId));
        threads.setEmptyStateText("No threads yet. Start the first one: what worked for your team?");
        liveUpdates.follow(event.getUI(), this, DiscussionTopics.category(categoryId),
                () -> threads.getDataProvider().refreshAll());
    }

    @Override
    public String getPageTitle() {
        return category == null ? "Discussions · AllTeach" : category.name() + " · " + category.spaceName()
                + " · AllTeach";
    }

    private Div topic(ThreadRow row) {
        RouterLink title = new RouterLink(row.title(), ThreadView.class,
                new RouteParameters("threadId", String.valueOf(row.id())));
        title.addClassName("thread-title");
        if (row.isNew() || row.unread() > 0) {
            title.addClassName("unread");
        }
        Div line = new Div();
        line.addClassName("thread-line");
        if (row.pinned()) {
            line.add(new Badge("Pinned", "status", "pinned"));
        }
        line.add(title);
        if (row.solved()) {
            line.add(new Badge("Solved", "status", "solved"));
        }
        if (row.locked()) {
            line.add(new Badge("Locked", "status", "locked"));
        }
        if (row.isNew()) {
            line.add(new Badge("New", "status", "new"));
        } else if (row.unread() > 0) {
            line.add(new Badge(row.unread() + " unread", "status", "unread"));
        }
        Div meta = new Div(new Span("by " + row.authorName()));
        meta.addClassName("thread-meta");
        row.tags().forEach(tag -> {
            Span chip = new Span(tag);
            chip.addClassName("tag");
            meta.add(chip);
        });
        return new Div(line, meta);
    }

    private Div activity(ThreadRow row) {
        Span when = new Span(Ago.of(row.lastPostedAt(), clock, me.timeZone(), me.locale()));
        when.getElement().setAttribute("title", Ago.exactly(row.lastPostedAt(), me.timeZone(), me.locale()));
        Span who = new Span(row.lastPosterName());
        who.addClassName("muted");
        Div cell = new Div(when, who);
        cell.addClassName("thread-activity");
        return cell;
    }

    private void openThread(ThreadRow row) {
        getUI().ifPresent(ui -> ui.navigate(ThreadView.class, new RouteParameters("threadId",
                String.valueOf(row.id()))));
    }
}
