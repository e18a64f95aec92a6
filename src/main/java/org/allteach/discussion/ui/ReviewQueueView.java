package org.allteach.discussion.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.allteach.discussion.FlaggedPost;
import org.allteach.discussion.Moderation;
import org.allteach.discussion.PostState;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.shared.ui.Badge;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.shared.ui.PageHeader;

/** Flagged posts in the spaces this coach or organiser moderates: keep them, or hide them. */
@Route("discuss/review")
@PageTitle("Review queue · AllTeach")
@PermitAll
class ReviewQueueView extends Main implements BeforeEnterObserver {

    private final Moderation moderation;
    private final PersonProfile me;
    private final Clock clock;
    private final Div queue = new Div();

    ReviewQueueView(Moderation moderation, Accounts accounts, Clock clock) {
        this.moderation = moderation;
        this.clock = clock;
        this.me = accounts.myProfile();
        addClassName("page");
        Paragraph lead = new Paragraph("Members flagged these posts. Hidden posts stay hidden until you decide.");
        lead.addClassName("page-lead");
        add(new Div(new RouterLink("Discussions", DiscussionsView.class)), new PageHeader("Review queue"), lead,
                queue);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        List<FlaggedPost> flagged = moderation.reviewQueue();
        queue.removeAll();
        if (flagged.isEmpty()) {
            queue.add(new Paragraph("Nothing to review. Thank you for keeping the discussions healthy."));
        }
        flagged.forEach(post -> queue.add(card(post)));
    }

    private Div card(FlaggedPost post) {
        RouterLink where = new RouterLink(post.threadTitle() + " #" + post.number(), ThreadView.class,
                new RouteParameters("threadId", String.valueOf(post.threadId())));
        Span space = new Span(post.spaceName() + " · by " + post.authorName());
        space.addClassName("muted");
        Div header = new Div(where, space);
        header.addClassName("review-header");
        if (post.state() == PostState.HIDDEN) {
            header.add(new Badge("Hidden", "status", "locked"));
        }
        UnorderedList reasons = new UnorderedList();
        post.flags().forEach(flag -> reasons.add(new ListItem(flag.flaggerName() + ": " + flag.reason().label()
                + (flag.note() == null || flag.note().isBlank() ? "" : " — “" + flag.note() + "”") + " · "
                + Ago.of(flag.flaggedAt(), clock, me.timeZone(), me.locale()))));
        Button keep = new Button("Keep the post", click -> {
            moderation.keep(post.postId());
            FieldErrors.Notifications.success("The post stays; its flags are closed.");
            show();
        });
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button hide = new Button("Hide the post", click -> {
            moderation.hide(post.postId());
            FieldErrors.Notifications.success("The post is hidden and its author has been told.");
            show();
        });
        hide.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div actions = new Div(keep, hide);
        actions.addClassName("form-actions");
        Div card = new Div(header, new Html("<div class=\"post-body\">" + post.html() + "</div>"),
                new H2("Flags"), reasons, actions);
        card.addClassNames("card", "review-card");
        return card;
    }
}
