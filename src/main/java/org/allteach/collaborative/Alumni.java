package org.allteach.collaborative;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allteach.collaborative.internal.MembershipRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alumni of closed collaboratives and the roles they held there. Their memberships are not changed when a
 * collaborative closes; they are read here as history.
 */
@Service
@Transactional(readOnly = true)
public class Alumni {

    private final MembershipRepository memberships;
    private final CollaborativeAccess access;

    Alumni(MembershipRepository memberships, CollaborativeAccess access) {
        this.memberships = memberships;
        this.access = access;
    }

    /**
     * What these people did in collaboratives that have closed, newest first, in one query; for anyone who belongs
     * to a collaborative (the community's directory shows it across cohorts). People without any are left out.
     */
    public Map<Long, List<AlumniRole>> historyOf(Collection<Long> personIds) {
        if (!access.belongsToAny()) {
            throw new AccessDeniedException("Only members of a collaborative see alumni's history.");
        }
        if (personIds.isEmpty()) {
            return Map.of();
        }
        record Key(long personId, long collaborativeId, Role role) {
        }
        Map<Key, List<MembershipRepository.AlumniRoleRow>> grouped = new LinkedHashMap<>();
        for (MembershipRepository.AlumniRoleRow row : memberships.findAlumniRoles(personIds)) {
            grouped.computeIfAbsent(new Key(row.getPersonId(), row.getCollaborativeId(), row.getRole()),
                    key -> new ArrayList<>()).add(row);
        }
        Map<Long, List<AlumniRole>> history = new LinkedHashMap<>();
        grouped.forEach((key, rows) -> {
            MembershipRepository.AlumniRoleRow first = rows.getFirst();
            history.computeIfAbsent(key.personId(), id -> new ArrayList<>()).add(new AlumniRole(key.personId(),
                    key.collaborativeId(), first.getCollaborativeName(), first.getStartDate(), first.getEndDate(),
                    key.role(), rows.stream().map(MembershipRepository.AlumniRoleRow::getTeamName)
                    .filter(java.util.Objects::nonNull).toList()));
        });
        return history;
    }
}
