package org.allteach.community;

/** A member of the community found by name: who they are in one line ("Alumni of …", "Community member"). */
public record CommunityMember(long personId, String displayName, String detail) {
}
