package org.allteach.community;

import java.util.List;

/**
 * The signed-in person's place in the community: whether they belong (as alumni, or opted in), whether they show in
 * the directory, and their entry there.
 *
 * @param entrySaved whether they have made a choice about the directory (joined, or saved an entry); alumni who have
 *                   not are members but not listed
 */
public record CommunityProfile(boolean member, boolean alumnus, boolean optedIn, boolean mayOptIn, boolean listed,
                               boolean entrySaved, String askMeAbout, List<String> expertise) {
}
