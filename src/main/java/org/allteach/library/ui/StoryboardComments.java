package org.allteach.library.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.allteach.library.CommentView;
import org.allteach.library.Storyboards;
import org.allteach.shared.ui.FieldErrors;

/**
 * What other teams say about a storyboard (all teach, all learn): the comments, oldest first and a page at a time,
 * and a box to add one. Authors withdraw their own; organisers remove any.
 */
class StoryboardComments extends Section {

    private static final int PAGE = 30;

    private final Storyboards storyboards;
    private final long resourceId;
    private final ZoneId zone;
    private final Locale locale;
    private final H2 heading = new H2();
    private final Div list = new Div();
    private final Button more = new Button();
    private final TextArea body = new TextArea("Your comment");
    private final List<CommentView> shown = new ArrayList<>();

    StoryboardComments(Storyboards storyboards, long resourceId, ZoneId zone, Locale locale) {
        this.storyboards = storyboards;
        this.resourceId = resourceId;
        this.zone = zone;
        this.locale = locale;
        addClassName("storyboard-comments");
        list.addClassName("comment-list");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(click -> load(shown.size() + PAGE));
        body.setWidthFull();
        body.setMinRows(3);
        body.setHelperText("Markdown. What did you learn from this? What would you ask the team?");
        Button post = new Button("Post comment", click -> post());
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(post);
        actions.addClassName("form-actions");
        Div composer = new Div(body, actions);
        composer.addClassName("comment-composer");
        add(heading, list, more, composer);
        load(PAGE);
    }

    /** Shows the first {@code count} comments (rounded up to whole pages). */
    private void load(int count) {
        int total = storyboards.countComments(resourceId);
        shown.clear();
        for (int offset = 0; offset < Math.min(count, total); offset += PAGE) {
            shown.addAll(storyboards.comments(resourceId, offset, PAGE));
        }
        heading.setText(total == 0 ? "Comments" : total == 1 ? "1 comment" : total + " comments");
        list.removeAll();
        if (shown.isEmpty()) {
            Span none = new Span("No comments yet. Other teams: what did you learn from this storyboard?");
            none.addClassName("muted");
            list.add(none);
        }
        shown.forEach(comment -> list.add(comment(comment)));
        int hidden = total - shown.size();
        more.setText("Show " + Math.min(hidden, PAGE) + " more");
        more.setVisible(hidden > 0);
    }

    private Div comment(CommentView comment) {
        Span author = new Span(comment.authorName());
        author.addClassName("post-author");
        Span when = new Span(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).format(comment.createdAt().atZone(zone)));
        when.addClassName("muted");
        Div header = new Div(author, when);
        header.addClassName("post-header");
        Div card = new Div(header);
        card.addClassNames("comment", "comment-" + comment.status().name().toLowerCase(Locale.ROOT));
        switch (comment.status()) {
            case SHOWN -> card.add(new Html("<div class=\"post-body\">" + comment.bodyHtml() + "</div>"));
            case WITHDRAWN -> card.add(notice("Withdrawn by its author."));
            case REMOVED -> card.add(notice("Removed by an organiser."));
        }
        if (comment.mayRemove()) {
            Button remove = new Button(comment.mine() ? "Withdraw" : "Remove", click -> confirmRemove(comment));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            header.add(remove);
        }
        return card;
    }

    private static Div notice(String text) {
        Div notice = new Div(text);
        notice.addClassName("post-notice");
        return notice;
    }

    private void confirmRemove(CommentView comment) {
        String action = comment.mine() ? "Withdraw" : "Remove";
        ConfirmDialog confirm = new ConfirmDialog(action + " this comment?", comment.mine()
                ? "Its text will no longer be shown; the conversation shows that you withdrew it."
                : "Its text will no longer be shown; the conversation shows that an organiser removed it.",
                action, click -> {
                    storyboards.removeComment(comment.id());
                    load(shown.size());
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void post() {
        Map<String, TextArea> fields = Map.of("body", body);
        FieldErrors.clear(fields);
        FieldErrors.submit(fields, () -> {
            storyboards.comment(resourceId, body.getValue());
            body.clear();
            // Newest last: show up to the one just posted.
            load(storyboards.countComments(resourceId));
        });
    }
}
