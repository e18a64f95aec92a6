package org.allteach.pdsa.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ChangeIdeaRepository extends JpaRepository<ChangeIdea, Long> {

    List<ChangeIdea> findByTeamIdOrderByTitleAsc(long teamId);

    boolean existsByTeamIdAndTitleAndIdNot(long teamId, String title, long id);

    boolean existsByTeamIdAndTitle(long teamId, String title);
}
