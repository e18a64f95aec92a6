package org.allteach.collaborative;

import java.util.Set;

/** A team with the people in it: members are its participants and team leads; coaches are listed apart. */
public record TeamRoster(long id, String name, Set<Long> memberIds, Set<Long> coachIds) {
}
