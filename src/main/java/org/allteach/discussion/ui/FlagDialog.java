package org.allteach.discussion.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.allteach.discussion.FlagReason;
import org.allteach.discussion.Moderation;
import org.allteach.shared.ui.FieldErrors;

/** Asking the moderators to look at a post. */
class FlagDialog extends Dialog {

    FlagDialog(Moderation moderation, long postId, Runnable afterFlag) {
        setHeaderTitle("Flag this post");
        RadioButtonGroup<FlagReason> reason = new RadioButtonGroup<>("Why should a moderator look at it?");
        reason.setItems(FlagReason.values());
        reason.setItemLabelGenerator(FlagReason::label);
        TextArea note = new TextArea("Anything the moderators should know? (optional)");
        note.setWidthFull();
        Paragraph explain = new Paragraph("Coaches and organisers review flags. When three members flag a post, it "
                + "is hidden until they have looked at it, and its author is told.");
        explain.addClassName("muted");
        add(explain, reason, note);
        Button flag = new Button("Flag post", click -> {
            Map<String, HasValidation> fields = Map.of("reason", reason, "note", note);
            FieldErrors.clear(fields);
            FieldErrors.submit(fields, () -> {
                moderation.flag(postId, reason.getValue(), note.getValue());
                close();
                FieldErrors.Notifications.success("Thank you. The moderators will look at it.");
                afterFlag.run();
            });
        });
        flag.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button("Cancel", click -> close()), flag);
        setWidth("32rem");
    }
}
