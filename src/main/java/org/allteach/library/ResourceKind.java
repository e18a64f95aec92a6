package org.allteach.library;

/** What a library resource is. */
public enum ResourceKind {
    TOOLKIT("Implementation toolkit"),
    CHANGE_PACKAGE("Change package"),
    STORYBOARD("Storyboard"),
    PAPER("Paper or publication"),
    TOOL("Tool or template"),
    RECORDING("Recording");

    private final String label;

    ResourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
