package org.allteach.collaborative.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TeamRepository extends JpaRepository<Team, Long> {

    /** With their organisations in the same query: team lists show them. */
    @EntityGraph(attributePaths = "organisations")
    List<Team> findByCollaborativeIdOrderByName(long collaborativeId);

    @EntityGraph(attributePaths = "organisations")
    Optional<Team> findWithOrganisationsById(long id);

    @org.springframework.data.jpa.repository.Query("select t.id from Team t where t.collaborativeId in :collaborativeIds")
    List<Long> findIdsByCollaborativeIdIn(Collection<Long> collaborativeIds);

    boolean existsByCollaborativeIdAndName(long collaborativeId, String name);

    /** Team names by id, for lists that show the team of each row. */
    default Map<Long, String> namesById(Collection<Long> ids) {
        List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        return wanted.isEmpty() ? Map.of()
                : findAllById(wanted).stream().collect(Collectors.toMap(Team::getId, Team::getName));
    }
}
