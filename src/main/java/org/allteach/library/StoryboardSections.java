package org.allteach.library;

/**
 * The text of a storyboard's sections: the Markdown a team writes, or (from {@link Storyboards#storyboard}) its
 * sanitised HTML. Blank sections are empty strings.
 */
public record StoryboardSections(String aim, String changesTested, String results, String lessons, String nextSteps) {

    public String of(StoryboardSection section) {
        return switch (section) {
            case AIM -> aim;
            case CHANGES_TESTED -> changesTested;
            case RESULTS -> results;
            case LESSONS -> lessons;
            case NEXT_STEPS -> nextSteps;
        };
    }
}
