package org.allteach.library;

/**
 * The parts of a storyboard, in poster order: the prompt a team answers in each, the name of its field in
 * {@link org.allteach.shared.InvalidInput}, and how long it may be so the poster stays on one page.
 */
public enum StoryboardSection {
    AIM("Aim", "aim", 500, "What will improve, by how much, by when, for whom. One or two sentences."),
    CHANGES_TESTED("Changes we tested", "changesTested", 1_500,
            "The changes you tried, and how you tested them (PDSA cycles)."),
    RESULTS("Results", "results", 1_500, "What happened: your measures before and after, what the run charts show."),
    LESSONS("Lessons learned", "lessons", 1_500, "What worked, what did not, what you would tell another team."),
    NEXT_STEPS("Next steps", "nextSteps", 1_500, "What you will test, spread or sustain next.");

    private final String label;
    private final String field;
    private final int maxLength;
    private final String prompt;

    StoryboardSection(String label, String field, int maxLength, String prompt) {
        this.label = label;
        this.field = field;
        this.maxLength = maxLength;
        this.prompt = prompt;
    }

    public String label() {
        return label;
    }

    public String field() {
        return field;
    }

    public int maxLength() {
        return maxLength;
    }

    public String prompt() {
        return prompt;
    }
}
