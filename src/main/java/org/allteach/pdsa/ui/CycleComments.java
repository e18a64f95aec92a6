package org.allteach.pdsa.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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
import org.allteach.pdsa.PdsaComment;
import org.allteach.pdsa.PdsaComments;
import org.allteach.shared.ui.FieldErrors;

/** What the coach, the team and the organisers say about a cycle; authors edit and withdraw their own. */
class CycleComments extends Section {

    private final PdsaComments comments;
    private final long cycleId;
    private final ZoneId zone;
    private final Locale locale;
    private final H2 heading = new H2();
    private final Div list = new Div();
    final TextArea body = new TextArea("Your comment");
    final Button post = new Button("Post comment");
    private final boolean open;

    /** @param open whether comments can be written (not in a closed collaborative's archive) */
    CycleComments(PdsaComments comments, long cycleId, boolean open, ZoneId zone, Locale locale) {
        this.comments = comments;
        this.cycleId = cycleId;
        this.zone = zone;
        this.locale = locale;
        addClassNames("card", "pdsa-comments");
        list.addClassName("comment-list");
        body.setWidthFull();
        body.setMinRows(3);
        body.setHelperText("Markdown. Coaches: what would you ask, predict or try next?");
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        post.addClickListener(click -> post());
        Div actions = new Div(post);
        actions.addClassName("form-actions");
        add(heading, list, body, actions);
        body.setVisible(open);
        actions.setVisible(open);
        this.open = open;
        load();
    }

    private void load() {
        var all = comments.comments(cycleId);
        heading.setText(all.isEmpty() ? "Comments" : all.size() == 1 ? "1 comment" : all.size() + " comments");
        list.removeAll();
        if (all.isEmpty()) {
            Span none = new Span("No comments yet.");
            none.addClassName("muted");
            list.add(none);
        }
        all.forEach(comment -> list.add(comment(comment)));
    }

    private Div comment(PdsaComment comment) {
        Span author = new Span(comment.authorName());
        author.addClassName("post-author");
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale);
        Span when = new Span(format.format(comment.createdAt().atZone(zone))
                + (comment.editedAt() != null && !comment.withdrawn() ? " · edited" : ""));
        when.addClassName("muted");
        Div header = new Div(author, when);
        header.addClassName("post-header");
        Div card = new Div(header);
        card.addClassName("comment");
        if (comment.withdrawn()) {
            Div notice = new Div("Withdrawn by its author.");
            notice.addClassName("post-notice");
            card.add(notice);
            return card;
        }
        Html text = new Html("<div class=\"post-body\">" + comment.bodyHtml() + "</div>");
        card.add(text);
        if (comment.mine() && open) {
            Button edit = new Button("Edit", click -> edit(card, comment));
            Button withdraw = new Button("Withdraw", click -> confirmWithdraw(comment));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            header.add(edit, withdraw);
        }
        return card;
    }

    private void edit(Div card, PdsaComment comment) {
        TextArea editor = new TextArea();
        editor.setAriaLabel("Edit your comment");
        editor.setWidthFull();
        editor.setValue(comment.body());
        Button save = new Button("Save", click -> {
            Map<String, TextArea> fields = Map.of("body", editor);
            FieldErrors.clear(fields);
            FieldErrors.submit(fields, () -> {
                comments.edit(comment.id(), editor.getValue());
                load();
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button cancel = new Button("Cancel", click -> load());
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div actions = new Div(save, cancel);
        actions.addClassName("form-actions");
        card.removeAll();
        card.add(editor, actions);
    }

    private void confirmWithdraw(PdsaComment comment) {
        ConfirmDialog confirm = new ConfirmDialog("Withdraw this comment?",
                "Its text will no longer be shown; the conversation shows that you withdrew it.", "Withdraw",
                click -> {
                    comments.withdraw(comment.id());
                    load();
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void post() {
        Map<String, TextArea> fields = Map.of("body", body);
        FieldErrors.clear(fields);
        FieldErrors.submit(fields, () -> {
            comments.comment(cycleId, body.getValue());
            body.clear();
            load();
        });
    }
}
