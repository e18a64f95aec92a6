package org.allteach.library.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ResourceVersionRepository extends JpaRepository<ResourceVersion, Long> {

    List<ResourceVersion> findByResourceIdOrderByNumberDesc(long resourceId);

    @Query("select coalesce(max(v.number), 0) from ResourceVersion v where v.resourceId = :resourceId")
    int lastNumber(long resourceId);

    /** Version counts for a page of resources. */
    @Query("select v.resourceId, count(v) from ResourceVersion v where v.resourceId in :resourceIds group by v.resourceId")
    List<Object[]> countByResource(Collection<Long> resourceIds);

    List<ResourceVersion> findByFileId(long fileId);
}
