package org.allteach.library.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StoryboardRepository extends JpaRepository<Storyboard, Long> {
}
