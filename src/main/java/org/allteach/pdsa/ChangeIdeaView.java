package org.allteach.pdsa;

/**
 * A change idea as pages show it; {@code changePackageTitle} is null when it names no change package resource or the
 * reader may not open it.
 */
public record ChangeIdeaView(long id, long teamId, ChangeIdeaDetails details, String changePackageTitle) {

    public String title() {
        return details.title();
    }
}
