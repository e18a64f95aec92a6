package org.allteach.collaborative;

import java.util.List;

/**
 * One of the signed-in person's memberships as the home page shows it.
 *
 * @param currentPhase the phase the collaborative is in today, or null
 * @param coaches      the team's coaches (empty for organisers)
 * @param teammates    the team's other members, leads first (empty for organisers)
 */
public record MembershipOverview(MyMembership membership, PhaseView currentPhase, List<TeamMember> coaches,
                                 List<TeamMember> teammates) {
}
