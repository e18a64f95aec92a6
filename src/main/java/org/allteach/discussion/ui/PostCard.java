package org.allteach.discussion.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.allteach.discussion.Attachment;
import org.allteach.discussion.PostState;
import org.allteach.discussion.PostView;
import org.allteach.discussion.Reaction;
import org.allteach.discussion.ReactionSummary;
import org.allteach.shared.ui.Badge;

/** One post in a thread: who and when, the text, reactions, and what the reader may do with it. */
class PostCard extends Article {

    /** What the thread page does when the reader acts on a post. */
    interface Actions {
        void reply(PostView post);

        void quote(PostView post);

        void edit(PostView post);

        void withdraw(PostView post);

        void restore(PostView post);

        void flag(PostView post);

        void history(PostView post);

        void react(PostView post, Reaction reaction);

        void toggleSolution(PostView post);

        void jumpTo(int number);
    }

    /** @param archived the thread is in an archive: posts can be read, not reacted to */
    PostCard(PostView post, boolean mayMarkSolution, boolean mayReply, boolean archived, Actions actions, Clock clock,
             ZoneId zone, Locale locale) {
        addClassName("post");
        getElement().setAttribute("data-number", String.valueOf(post.number()));
        if (post.solution()) {
            addClassName("post-solution");
        }
        Avatar avatar = new Avatar(post.authorName());
        avatar.setColorIndex((int) (post.authorId() % 7));
        Span author = new Span(post.authorName());
        author.addClassName("post-author");
        Span when = new Span(Ago.of(post.createdAt(), clock, zone, locale));
        when.getElement().setAttribute("title", Ago.exactly(post.createdAt(), zone, locale));
        when.addClassName("muted");
        Div header = new Div(avatar, author, when);
        header.addClassName("post-header");
        if (post.replyToNumber() != null) {
            Button replyTo = new Button("in reply to #" + post.replyToNumber(),
                    click -> actions.jumpTo(post.replyToNumber()));
            replyTo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            header.add(replyTo);
        }
        if (post.edited()) {
            Button edited = new Button("edited", VaadinIcon.PENCIL.create(), click -> actions.history(post));
            edited.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            edited.getElement().setAttribute("title", "Show earlier versions");
            header.add(edited);
        }
        if (post.solution()) {
            header.add(new Badge("Solution", "status", "solved"));
        }
        Span number = new Span("#" + post.number());
        number.addClassName("post-number");
        header.add(number);
        add(header);

        if (post.state() == PostState.WITHDRAWN) {
            add(notice("This post was withdrawn."));
        } else if (post.state() == PostState.HIDDEN) {
            add(notice("This post is hidden while moderators review members' flags."));
        }
        if (!post.html().isEmpty()) {
            Html body = new Html("<div class=\"post-body\">" + post.html() + "</div>");
            add(body);
        }
        if (!post.attachments().isEmpty()) {
            add(attachments(post.attachments()));
        }
        add(footer(post, mayMarkSolution, mayReply, archived, actions));
    }

    /** Images show in the post (served by the file store, which checks access); other files are download links. */
    private static Div attachments(List<Attachment> attachments) {
        Div list = new Div();
        list.addClassName("attachments");
        for (Attachment attachment : attachments) {
            if (attachment.image()) {
                Image image = new Image(attachment.downloadPath(), attachment.name());
                Anchor link = new Anchor(attachment.downloadPath(), image);
                link.setTarget("_blank");
                link.addClassName("attachment-image");
                list.add(link);
            } else {
                Anchor link = new Anchor(attachment.downloadPath(), attachment.name() + " (" + attachment.size() + ")");
                link.getElement().setAttribute("download", true);
                link.addClassName("attachment-file");
                list.add(link);
            }
        }
        return list;
    }

    private static Div notice(String text) {
        Div notice = new Div(new Span(text));
        notice.addClassName("post-notice");
        return notice;
    }

    private static Div footer(PostView post, boolean mayMarkSolution, boolean mayReply, boolean archived,
                              Actions actions) {
        Div reactions = new Div();
        reactions.addClassName("reactions");
        boolean reactable = post.state() == PostState.VISIBLE && !archived;
        for (ReactionSummary summary : post.reactions()) {
            Button chip = new Button(summary.reaction().emoji() + " " + summary.count(),
                    click -> actions.react(post, summary.reaction()));
            chip.addThemeVariants(ButtonVariant.LUMO_SMALL);
            chip.addClassName("reaction");
            if (summary.mine()) {
                chip.addClassName("mine");
            }
            chip.getElement().setAttribute("title", summary.reaction().label() + ": " + String.join(", ",
                    summary.who()));
            chip.getElement().setAttribute("aria-label", summary.reaction().label() + ", " + summary.count()
                    + (summary.mine() ? ", including you" : ""));
            chip.setEnabled(reactable);
            reactions.add(chip);
        }
        if (reactable) {
            Button add = new Button(VaadinIcon.SMILEY_O.create());
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            add.setAriaLabel("React");
            add.getElement().setAttribute("title", "React");
            ContextMenu menu = new ContextMenu(add);
            menu.setOpenOnClick(true);
            for (Reaction reaction : Reaction.values()) {
                menu.addItem(reaction.emoji() + " " + reaction.label(), click -> actions.react(post, reaction));
            }
            reactions.add(add);
        }
        Div tools = new Div();
        tools.addClassName("post-tools");
        if (mayReply && post.state() == PostState.VISIBLE) {
            tools.add(tool("Reply", VaadinIcon.REPLY, () -> actions.reply(post)),
                    tool("Quote", VaadinIcon.QUOTE_LEFT, () -> actions.quote(post)));
        }
        if (mayMarkSolution && post.number() > 1 && post.state() == PostState.VISIBLE) {
            tools.add(tool(post.solution() ? "Not the answer" : "Mark as answer", VaadinIcon.CHECK_CIRCLE_O,
                    () -> actions.toggleSolution(post)));
        }
        if (post.mayEdit()) {
            tools.add(tool("Edit", VaadinIcon.EDIT, () -> actions.edit(post)));
        }
        if (post.mayWithdraw()) {
            tools.add(tool("Withdraw", VaadinIcon.TRASH, () -> actions.withdraw(post)));
        }
        if (post.mayRestore()) {
            tools.add(tool("Restore", VaadinIcon.ROTATE_LEFT, () -> actions.restore(post)));
        }
        if (post.mayFlag()) {
            tools.add(tool("Flag", VaadinIcon.FLAG_O, () -> actions.flag(post)));
        }
        Div footer = new Div(reactions, tools);
        footer.addClassName("post-footer");
        return footer;
    }

    private static Button tool(String label, VaadinIcon icon, Runnable action) {
        Button button = new Button(label, icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }
}
