package org.allteach.messaging.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.allteach.messaging.PossibleRecipient;

/** Picks people by name from a lazily loaded, filtered list, showing where each works. */
class RecipientPicker extends MultiSelectComboBox<PossibleRecipient> {

    RecipientPicker(String label) {
        super(label);
        setItemLabelGenerator(PossibleRecipient::displayName);
        setRenderer(LitRenderer.<PossibleRecipient>of("""
                        <div class="recipient-option"><span>${item.name}</span>\
                        <span class="muted">${item.affiliation}</span></div>""")
                .withProperty("name", PossibleRecipient::displayName)
                .withProperty("affiliation", PossibleRecipient::affiliation));
        setPlaceholder("Type a name");
        setWidthFull();
    }
}
