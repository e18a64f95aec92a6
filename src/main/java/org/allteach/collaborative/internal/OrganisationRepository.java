package org.allteach.collaborative.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    List<Organisation> findByCollaborativeIdOrderByName(long collaborativeId);

    boolean existsByCollaborativeIdAndName(long collaborativeId, String name);
}
