package org.allteach.pdsa;

/**
 * What a team writes about a change idea.
 *
 * @param fromChangePackage whether it comes from the collaborative's change package
 * @param packageReference  where in the change package, in the team's words ("Change concept 3: teach-back")
 * @param changePackageId   the library's change package resource, optional
 */
public record ChangeIdeaDetails(String title, String description, boolean fromChangePackage, String packageReference,
                                Long changePackageId, ChangeIdeaStatus status) {
}
