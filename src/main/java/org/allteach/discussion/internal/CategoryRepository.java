package org.allteach.discussion.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CategoryRepository extends JpaRepository<Category, Long> {

    List<Category> findBySpaceIdInOrderBySpaceIdAscPositionAsc(Collection<Long> spaceIds);

    List<Category> findBySpaceIdOrderByPosition(long spaceId);
}
