package org.allteach.library;

/** Who may find and open a resource. */
public enum Visibility {
    PORTAL("Everyone in the portal"),
    COLLABORATIVE("Members of the collaborative"),
    TEAM("One team"),
    /**
     * The community of practice across cohorts: its members (alumni and opted-in members) only. The resource keeps the
     * collaborative it comes from, but belongs to the community: a closed collaborative's archive rule does not apply.
     */
    COMMUNITY("The community of practice");

    private final String label;

    Visibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
