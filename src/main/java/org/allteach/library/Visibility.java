package org.allteach.library;

/** Who may find and open a resource. */
public enum Visibility {
    PORTAL("Everyone in the portal"),
    COLLABORATIVE("Members of the collaborative"),
    TEAM("One team");

    private final String label;

    Visibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
