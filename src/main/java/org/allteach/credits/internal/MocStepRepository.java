package org.allteach.credits.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MocStepRepository extends JpaRepository<MocStep, Long> {

    List<MocStep> findByAttestationIdOrderByActedAtAscIdAsc(long attestationId);
}
