package org.allteach.discussion;

/**
 * Who belongs to the community of practice, whose space is read and written by its members only. The community
 * feature implements it; discussion asks, without depending on it.
 */
public interface CommunityMembers {

    /** Whether this person (not necessarily the signed-in one) belongs to the community. */
    boolean isMember(long personId);

    /** Members whose name starts with the prefix, for @mentions in the community's space; by the community's members. */
    java.util.List<Mentionable> named(String prefix, int limit);
}
