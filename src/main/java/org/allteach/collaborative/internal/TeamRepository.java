package org.allteach.collaborative.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TeamRepository extends JpaRepository<Team, Long> {

    /** With their organisations in the same query: team lists show them. */
    @EntityGraph(attributePaths = "organisations")
    List<Team> findByCollaborativeIdOrderByName(long collaborativeId);

    @EntityGraph(attributePaths = "organisations")
    Optional<Team> findWithOrganisationsById(long id);

    boolean existsByCollaborativeIdAndName(long collaborativeId, String name);
}
