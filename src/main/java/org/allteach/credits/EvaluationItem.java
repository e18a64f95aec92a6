package org.allteach.credits;

import java.util.List;

/**
 * One item of an activity's evaluation form: a statement rated 1 (strongly disagree) to 5 (strongly agree), or a
 * question answered in words.
 *
 * @param id null for an item not saved yet
 */
public record EvaluationItem(Long id, Kind kind, String text) {

    public enum Kind { LIKERT, TEXT }

    /** The form an activity starts with: what accreditors ask about (objectives, practice change, bias). */
    public static List<EvaluationItem> defaults() {
        return List.of(
                new EvaluationItem(null, Kind.LIKERT, "The activity met its stated learning objectives."),
                new EvaluationItem(null, Kind.LIKERT, "The content was relevant to my practice."),
                new EvaluationItem(null, Kind.LIKERT, "I will change something in my practice as a result."),
                new EvaluationItem(null, Kind.LIKERT, "The activity was free of commercial bias."),
                new EvaluationItem(null, Kind.TEXT, "What will you do differently?"),
                new EvaluationItem(null, Kind.TEXT, "What could be improved?"));
    }
}
