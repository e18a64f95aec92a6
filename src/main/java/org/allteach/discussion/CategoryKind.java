package org.allteach.discussion;

/** The categories every space starts with. */
public enum CategoryKind {
    SUCCESSES("Successes", "What worked: changes that moved your measures, and how you did it.", false, false),
    CHALLENGES("Challenges", "Where you are stuck. Others have been there too.", false, false),
    ASK_THE_FACULTY("Ask the faculty", "Questions for the coaches and faculty; mark the answer that solved it.",
            false, true),
    DATA_AND_MEASURES("Data & measures", "Measures, REaL data, run charts and what they tell you.", false, false),
    ANNOUNCEMENTS("Announcements", "News from the organisers and faculty.", true, false);

    private final String label;
    private final String description;
    private final boolean moderatorsStartThreads;
    private final boolean answerable;

    CategoryKind(String label, String description, boolean moderatorsStartThreads, boolean answerable) {
        this.label = label;
        this.description = description;
        this.moderatorsStartThreads = moderatorsStartThreads;
        this.answerable = answerable;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** Only coaches and organisers may start threads here (everyone may reply). */
    public boolean moderatorsStartThreads() {
        return moderatorsStartThreads;
    }

    /** A reply can be marked as the answer that solved the question. */
    public boolean answerable() {
        return answerable;
    }
}
