package org.allteach.credits.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WindowExtensionRepository extends JpaRepository<WindowExtension, Long> {

    List<WindowExtension> findByActivityIdAndPersonIdOrderByExtendedAtAsc(long activityId, long personId);

    List<WindowExtension> findByActivityIdOrderByExtendedAtDesc(long activityId);

    List<WindowExtension> findByPersonIdAndActivityIdIn(long personId, Collection<Long> activityIds);
}
