package org.allteach.discussion.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.Html;
import org.allteach.discussion.Mentionable;
import org.allteach.shared.markdown.MarkdownRenderer;

/**
 * Where people write posts: Markdown with a preview tab and @mention suggestions of people who can read the
 * thread. No client-side length limit: the browser would cut a long paste silently, so the service refuses it with
 * a message instead and the text stays.
 */
@JavaScript("context://scripts/mentions.js")
class MarkdownEditor extends Div {

    private final TextArea text = new TextArea();
    private final Div preview = new Div();
    private final Div suggestions = new Div();
    private final Tab write = new Tab("Write");
    private final Tab previewTab = new Tab("Preview");
    private final MarkdownRenderer markdown;
    private final Function<String, List<Mentionable>> mentionable;

    MarkdownEditor(String label, MarkdownRenderer markdown, Function<String, List<Mentionable>> mentionable) {
        this.markdown = markdown;
        this.mentionable = mentionable;
        addClassName("markdown-editor");
        text.setLabel(label);
        text.setWidthFull();
        text.setMinRows(5);
        text.setMaxRows(20);
        text.setHelperText("Markdown: **bold**, *italic*, - lists, > quotes, [links](https://…). Type @ to mention "
                + "someone who can read this.");
        preview.addClassName("markdown-preview");
        preview.setVisible(false);
        suggestions.addClassName("mention-suggestions");
        suggestions.setVisible(false);
        Tabs tabs = new Tabs(write, previewTab);
        tabs.addThemeName("small");
        tabs.addSelectedChangeListener(change -> showPreview(change.getSelectedTab() == previewTab));
        text.getElement().addEventListener("mention-query", event -> suggest(
                        event.getEventData().get("event.detail.query").isNull() ? null
                                : event.getEventData().get("event.detail.query").asString()))
                .addEventData("event.detail.query").debounce(150);
        add(tabs, text, suggestions, preview);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        text.getElement().executeJs("window.allteachMentions(this)");
    }

    TextArea field() {
        return text;
    }

    String getValue() {
        return text.getValue();
    }

    void setValue(String value) {
        text.setValue(value == null ? "" : value);
    }

    void clear() {
        text.clear();
        suggestions.setVisible(false);
        showPreview(false);
    }

    void focus() {
        text.focus();
    }

    private void showPreview(boolean show) {
        if (show) {
            String html = markdown.toSafeHtml(text.getValue());
            preview.removeAll();
            preview.add(html.isEmpty() ? new Span("Nothing to preview yet.")
                    : new Html("<div class=\"post-body\">" + html + "</div>"));
        }
        preview.setVisible(show);
        text.setVisible(!show);
        write.setSelected(!show);
        previewTab.setSelected(show);
    }

    private void suggest(String query) {
        suggestions.removeAll();
        List<Mentionable> people = query == null ? List.of() : mentionable.apply(query);
        for (Mentionable person : people) {
            Button choose = new Button(person.displayName(), click -> {
                text.getElement().executeJs("window.allteachInsertMention(this, $0)", person.displayName());
                suggestions.setVisible(false);
            });
            choose.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            choose.getElement().setAttribute("title", person.detail());
            choose.addClassName("mention-suggestion");
            suggestions.add(choose);
        }
        suggestions.setVisible(!people.isEmpty());
    }
}
