package org.allteach.collaborative;

import java.util.List;

/** A team as the Teams page lists it. */
public record TeamCard(long id, String name, List<OrganisationView> organisations, List<String> coachNames,
                       int memberCount) {
}
