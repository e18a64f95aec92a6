package org.allteach.discussion;

/** The small fixed set of reactions, as on Discourse: enough to say "thanks" without a reply. */
public enum Reaction {
    LIKE("👍", "Like"),
    HEART("❤️", "Love it"),
    CELEBRATE("🎉", "Celebrate"),
    INSIGHTFUL("💡", "Insightful"),
    THANKS("🙏", "Thank you");

    private final String emoji;
    private final String label;

    Reaction(String emoji, String label) {
        this.emoji = emoji;
        this.label = label;
    }

    public String emoji() {
        return emoji;
    }

    public String label() {
        return label;
    }
}
