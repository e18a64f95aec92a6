package org.allteach.credits.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.allteach.credits.CreditClaims;
import org.allteach.credits.EvaluationItem;
import org.allteach.shared.ui.FieldErrors;

/**
 * The evaluation an activity asks for before its credit is claimed: each statement rated on a five-point agreement
 * scale, each question answered (or not) in words. Every statement must be rated; the service checks again.
 */
final class EvaluationForm extends Div {

    private static final List<String> AGREEMENT = List.of("Strongly disagree", "Disagree", "Neutral", "Agree",
            "Strongly agree");

    private final CreditClaims claims;
    private final long activityId;
    private final Runnable evaluated;
    final Map<Long, RadioButtonGroup<Integer>> ratings = new LinkedHashMap<>();
    final Map<Long, TextArea> answers = new LinkedHashMap<>();
    final Button submit = new Button("Submit evaluation");

    /**
     * @param intro     why the evaluation comes first, in the words of the page it stands on
     * @param evaluated what the page does once the evaluation is saved (show the claim form)
     */
    EvaluationForm(CreditClaims claims, long activityId, String intro, Runnable evaluated) {
        this.claims = claims;
        this.activityId = activityId;
        this.evaluated = evaluated;
        addClassName("credit-evaluation");
        Paragraph lead = new Paragraph(intro);
        lead.addClassName("credit-evaluation-intro");
        add(lead);
        for (EvaluationItem item : claims.evaluationForm(activityId)) {
            if (item.kind() == EvaluationItem.Kind.LIKERT) {
                RadioButtonGroup<Integer> rating = new RadioButtonGroup<>(item.text());
                rating.setItems(1, 2, 3, 4, 5);
                rating.setItemLabelGenerator(value -> value + " " + AGREEMENT.get(value - 1));
                rating.setRequiredIndicatorVisible(true);
                rating.addClassName("credit-likert");
                ratings.put(item.id(), rating);
                add(rating);
            } else {
                TextArea answer = new TextArea(item.text());
                answer.setMaxLength(2000);
                answer.setWidthFull();
                answers.put(item.id(), answer);
                add(answer);
            }
        }
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(click -> submit());
        add(submit);
    }

    private void submit() {
        boolean complete = true;
        for (RadioButtonGroup<Integer> rating : ratings.values()) {
            if (rating.getValue() == null) {
                FieldErrors.mark(rating, "Choose from 1 (strongly disagree) to 5 (strongly agree).");
                complete = false;
            }
        }
        if (!complete) {
            return;
        }
        Map<Long, Integer> given = new LinkedHashMap<>();
        ratings.forEach((id, rating) -> given.put(id, rating.getValue()));
        Map<Long, String> written = new LinkedHashMap<>();
        answers.forEach((id, answer) -> written.put(id, answer.getValue()));
        FieldErrors.submit(Map.of(), () -> {
            claims.submitEvaluation(activityId, given, written);
            FieldErrors.Notifications.success("Thank you. You can claim credit now.");
            evaluated.run();
        });
    }
}
