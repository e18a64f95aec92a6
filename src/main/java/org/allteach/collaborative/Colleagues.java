package org.allteach.collaborative;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.allteach.collaborative.internal.ColleagueRepository;
import org.allteach.collaborative.internal.CollaborativeRepository;
import org.allteach.identity.CurrentPerson;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people a person shares a collaborative with, for features that connect people (direct messages). Unlike
 * {@link CollaborativeAccess}, membership here is a real membership: a portal administrator who belongs to no
 * collaborative has no colleagues in it.
 */
@Service
@Transactional(readOnly = true)
public class Colleagues {

    private final ColleagueRepository colleagues;
    private final CollaborativeRepository collaboratives;
    private final CurrentPerson currentPerson;

    Colleagues(ColleagueRepository colleagues, CollaborativeRepository collaboratives, CurrentPerson currentPerson) {
        this.colleagues = colleagues;
        this.collaboratives = collaboratives;
        this.currentPerson = currentPerson;
    }

    /** The collaboratives the signed-in person holds a role in, newest first. */
    public List<CollaborativeSummary> myCollaboratives() {
        return collaboratives.findForMember(currentPerson.requireId()).stream().map(Collaboratives::toSummary).toList();
    }

    /**
     * One page of the other members of a collaborative the signed-in person belongs to, by name, each once.
     *
     * @param nameFilter part of a name; blank for everyone
     * @param excluded   people to leave out (for example those already in a conversation); the signed-in person is
     *                   always left out
     */
    public List<Colleague> colleagues(long collaborativeId, String nameFilter, Collection<Long> excluded,
                                      Pageable page) {
        long me = requireMembership(collaborativeId);
        Set<Long> leftOut = new HashSet<>(excluded);
        leftOut.add(me);
        return colleagues.findColleagues(collaborativeId, escapeLike(nameFilter), leftOut, page).stream()
                .map(Colleagues::toColleague).toList();
    }

    /** Which of these people belong to a collaborative the signed-in person belongs to. */
    public Set<Long> membersAmong(long collaborativeId, Collection<Long> personIds) {
        requireMembership(collaborativeId);
        return personIds.isEmpty() ? Set.of() : Set.copyOf(colleagues.findMembersAmong(collaborativeId, personIds));
    }

    private long requireMembership(long collaborativeId) {
        long me = currentPerson.requireId();
        if (!colleagues.existsByPersonIdAndCollaborativeId(me, collaborativeId)) {
            throw new AccessDeniedException("Only members of the collaborative may see its members.");
        }
        return me;
    }

    /** Trimmed, with LIKE's wildcards escaped so that "50%" finds "50%" and not everything. */
    private static String escapeLike(String filter) {
        return filter == null ? "" : filter.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Colleague toColleague(ColleagueRepository.ColleagueRow row) {
        boolean organiser = row.getOrganiser() != null && row.getOrganiser().intValue() == 1;
        String teams = row.getTeamNames();
        String affiliation = organiser
                ? (teams == null ? Role.ORGANISER.label() : Role.ORGANISER.label() + ", " + teams)
                : (teams == null ? "" : teams);
        return new Colleague(row.getPersonId(), row.getDisplayName(), affiliation);
    }
}
