package org.allteach.library.ui;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.allteach.library.StoryboardSection;
import org.allteach.library.StoryboardSections;

/** A storyboard's sections to write, each with the question it answers; used to add one and to edit it. */
class StoryboardFields extends Div {

    private final Map<StoryboardSection, TextArea> areas = new EnumMap<>(StoryboardSection.class);

    StoryboardFields() {
        addClassName("storyboard-fields");
        Paragraph hint = new Paragraph("Write each part in Markdown (**bold**, - lists, | tables |). Each has room for "
                + "about 200 words on the one-page poster; only the aim is needed to start.");
        hint.addClassName("muted");
        add(hint);
        for (StoryboardSection section : StoryboardSection.values()) {
            TextArea area = new TextArea(section.label());
            area.setHelperText(section.prompt());
            area.setMaxLength(section.maxLength());
            area.setMinRows(section == StoryboardSection.AIM ? 2 : 4);
            area.setWidthFull();
            area.addClassName("storyboard-field-" + section.field());
            areas.put(section, area);
            add(area);
        }
    }

    StoryboardSections value() {
        return new StoryboardSections(text(StoryboardSection.AIM), text(StoryboardSection.CHANGES_TESTED),
                text(StoryboardSection.RESULTS), text(StoryboardSection.LESSONS), text(StoryboardSection.NEXT_STEPS));
    }

    void setValue(StoryboardSections sections) {
        areas.forEach((section, area) -> area.setValue(sections.of(section)));
    }

    /** The text areas by the service's field names, for {@code FieldErrors}. */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        areas.forEach((section, area) -> fields.put(section.field(), area));
        return fields;
    }

    private String text(StoryboardSection section) {
        return areas.get(section).getValue();
    }
}
