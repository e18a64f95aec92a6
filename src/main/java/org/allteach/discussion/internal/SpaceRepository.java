package org.allteach.discussion.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.allteach.discussion.SpaceKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SpaceRepository extends JpaRepository<Space, Long> {

    /** Open spaces of these collaboratives and private spaces of these teams. */
    @Query("""
            select s from Space s
            where (s.kind = org.allteach.discussion.SpaceKind.COLLABORATIVE and s.collaborativeId in :collaboratives)
               or (s.kind = org.allteach.discussion.SpaceKind.TEAM and s.teamId in :teams)
            order by s.collaborativeId, s.teamId, s.name""")
    List<Space> findVisible(Collection<Long> collaboratives, Collection<Long> teams);

    List<Space> findByCollaborativeId(long collaborativeId);

    Optional<Space> findFirstByKind(SpaceKind kind);

    List<Space> findByKindInOrderByCollaborativeIdAscTeamIdAscNameAsc(Collection<SpaceKind> kinds);
}
