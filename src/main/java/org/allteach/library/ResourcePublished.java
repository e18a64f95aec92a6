package org.allteach.library;

/**
 * A resource became readable to people who could not open it before: it was added, or its visibility changed (a team's
 * resource shared with the collaborative). A new version of a resource is not a new resource. Published in the
 * changing transaction; listeners that tell people act after the commit.
 *
 * @param publishedBy who added it or changed who may see it
 */
public record ResourcePublished(long resourceId, long publishedBy) {
}
