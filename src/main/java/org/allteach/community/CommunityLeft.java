package org.allteach.community;

/**
 * A current member left the community of practice (alumni cannot: they belong by their history). Published in the
 * leaving transaction, so features holding something of theirs in the community (a seat at its office hours) let it
 * go with it.
 */
public record CommunityLeft(long personId) {
}
