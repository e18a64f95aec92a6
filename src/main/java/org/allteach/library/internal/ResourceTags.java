package org.allteach.library.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Topic tags of resources, read for a page of resources in one query. */
@Repository
public class ResourceTags {

    private final JdbcClient jdbc;

    ResourceTags(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Long, Set<String>> of(Collection<Long> resourceIds) {
        Map<Long, Set<String>> tags = new HashMap<>();
        if (resourceIds.isEmpty()) {
            return tags;
        }
        jdbc.sql("SELECT resource_id, tag FROM library_resource_tag WHERE resource_id IN (:resources)")
                .param("resources", resourceIds)
                .query(rs -> {
                    tags.computeIfAbsent(rs.getLong("resource_id"), id -> new TreeSet<>()).add(rs.getString("tag"));
                });
        return tags;
    }

    public void replace(long resourceId, Collection<String> newTags) {
        jdbc.sql("DELETE FROM library_resource_tag WHERE resource_id = :resource").param("resource", resourceId)
                .update();
        for (String tag : newTags) {
            jdbc.sql("INSERT INTO library_resource_tag (resource_id, tag) VALUES (:resource, :tag)")
                    .param("resource", resourceId).param("tag", tag).update();
        }
    }
}
