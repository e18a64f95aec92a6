package org.allteach.identity;

/** Role names used in {@code @RolesAllowed} on views. */
public final class Roles {

    /** Runs the portal: may create collaboratives and see everything. */
    public static final String ADMIN = "ADMIN";
    /** Organises at least one collaborative. */
    public static final String ORGANISER = "ORGANISER";
    /** Coaches at least one team. */
    public static final String COACH = "COACH";

    private Roles() {
    }
}
