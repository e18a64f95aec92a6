package org.allteach.discussion;

/** Whose space it is: a collaborative's open space, one team's private space, or the alumni community of practice. */
public enum SpaceKind {
    COLLABORATIVE,
    TEAM,
    COMMUNITY
}
