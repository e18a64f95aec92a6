package org.allteach.library.ui;

import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.allteach.collaborative.CollaborativeStatus;
import org.allteach.collaborative.CollaborativeSummary;
import org.allteach.library.LibraryCopies;
import org.allteach.shared.ui.FieldErrors;

/**
 * An organiser starts a collaborative from a previous one's change package and library: independent copies of the
 * resources it shared, which the new cohort then changes as its own.
 */
class StartFromPreviousDialog extends Dialog {

    final Select<CollaborativeSummary> into = new Select<>();
    final Select<CollaborativeSummary> from = new Select<>();
    final Button copy = new Button("Copy into the library");

    /**
     * @param organised the open collaboratives the person organises (where copies may go)
     * @param known     every collaborative the person belongs to (where they may come from)
     */
    StartFromPreviousDialog(LibraryCopies copies, List<CollaborativeSummary> organised,
                            List<CollaborativeSummary> known, IntConsumer copied) {
        setHeaderTitle("Start from a previous collaborative");
        setWidth("36rem");
        setMaxWidth("100%");
        Paragraph what = new Paragraph("Copies the change package, toolkits, tools, papers and recordings the previous "
                + "collaborative shared with its members. The copies belong to the new collaborative: edit them "
                + "freely, the originals stay as they were. Storyboards and team resources stay with their teams.");
        what.addClassName("muted");
        into.setLabel("Into");
        into.setItems(organised);
        into.setItemLabelGenerator(CollaborativeSummary::name);
        into.setValue(organised.getFirst());
        from.setLabel("From");
        from.setItems(known);
        from.setItemLabelGenerator(c -> c.name() + (c.status() == CollaborativeStatus.ALUMNI ? " (ended)" : ""));
        known.stream().filter(c -> c.status() == CollaborativeStatus.ALUMNI).findFirst().ifPresent(from::setValue);
        FormLayout form = new FormLayout(into, from);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(what, form);
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        copy.addClickListener(click -> {
            Map<String, Select<CollaborativeSummary>> fields = Map.of("from", from, "into", into);
            FieldErrors.clear(fields);
            if (from.getValue() == null) {
                FieldErrors.mark(from, "Choose the collaborative to start from.");
                return;
            }
            FieldErrors.submit(fields, () -> {
                int count = copies.copyFrom(from.getValue().id(), into.getValue().id());
                close();
                copied.accept(count);
            });
        });
        getFooter().add(new Button("Cancel", click -> close()), copy);
    }
}
