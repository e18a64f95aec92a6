package org.allteach.collaborative;

import java.util.List;

/** Everything the team page shows: its organisations, coaches and members. */
public record TeamPage(long id, String name, CollaborativeSummary collaborative, List<OrganisationView> organisations,
                       List<TeamMember> members) {

    public List<TeamMember> coaches() {
        return members.stream().filter(member -> member.role() == Role.COACH).toList();
    }

    public List<TeamMember> teamMembers() {
        return members.stream().filter(member -> member.role() != Role.COACH).toList();
    }
}
