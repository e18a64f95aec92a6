package org.allteach.collaborative;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.allteach.collaborative.internal.MembershipRepository;
import org.allteach.identity.AuthorityContributor;
import org.allteach.identity.Roles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Sign-in roles from memberships: ORGANISER and COACH open the pages for those roles in the navigation. */
@Component
class CollaborativeRoles implements AuthorityContributor {

    private final MembershipRepository memberships;

    CollaborativeRoles(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> rolesOf(long personId) {
        Set<Role> held = EnumSet.noneOf(Role.class);
        memberships.findByPersonId(personId).forEach(membership -> held.add(membership.getRole()));
        Set<String> roles = new HashSet<>();
        if (held.contains(Role.ORGANISER)) {
            roles.add(Roles.ORGANISER);
        }
        if (held.contains(Role.COACH)) {
            roles.add(Roles.COACH);
        }
        return roles;
    }
}
