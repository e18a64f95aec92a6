package org.allteach.community;

import java.util.List;

/**
 * The signed-in person's place in the community: whether they belong (as alumni, or opted in), whether they show in
 * the directory, and their entry there.
 */
public record CommunityProfile(boolean member, boolean alumnus, boolean optedIn, boolean mayOptIn, boolean listed,
                               String askMeAbout, List<String> expertise) {
}
