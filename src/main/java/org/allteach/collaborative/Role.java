package org.allteach.collaborative;

/** A person's role in a collaborative. Team roles need a team; organisers work across the collaborative. */
public enum Role {
    PARTICIPANT("Participant", true),
    TEAM_LEAD("Team lead", true),
    COACH("Coach", true),
    ORGANISER("Organiser", false);

    private final String label;
    private final boolean inTeam;

    Role(String label, boolean inTeam) {
        this.label = label;
        this.inTeam = inTeam;
    }

    public String label() {
        return label;
    }

    /** Whether this role is held in a team (and so needs one). */
    public boolean inTeam() {
        return inTeam;
    }
}
