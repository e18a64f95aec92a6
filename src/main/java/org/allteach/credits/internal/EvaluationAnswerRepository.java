package org.allteach.credits.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluationAnswerRepository extends JpaRepository<EvaluationAnswer, String> {
}
