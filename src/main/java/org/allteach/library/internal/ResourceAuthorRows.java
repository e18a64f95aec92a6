package org.allteach.library.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The people and teams credited for resources, in their order, read for several resources in one query. */
@Repository
public class ResourceAuthorRows {

    /** One credit: exactly one of the two is set. */
    public record Credit(Long personId, Long teamId) {
    }

    private final JdbcClient jdbc;

    ResourceAuthorRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Long, List<Credit>> of(Collection<Long> resourceIds) {
        Map<Long, List<Credit>> credits = new HashMap<>();
        if (resourceIds.isEmpty()) {
            return credits;
        }
        jdbc.sql("""
                        SELECT resource_id, person_id, team_id FROM library_resource_author
                        WHERE resource_id IN (:resources) ORDER BY resource_id, position""")
                .param("resources", resourceIds)
                .query(rs -> {
                    credits.computeIfAbsent(rs.getLong("resource_id"), id -> new ArrayList<>()).add(new Credit(
                            rs.getObject("person_id", Long.class), rs.getObject("team_id", Long.class)));
                });
        return credits;
    }

    public void replace(long resourceId, List<Long> personIds, List<Long> teamIds) {
        jdbc.sql("DELETE FROM library_resource_author WHERE resource_id = :resource").param("resource", resourceId)
                .update();
        int position = 0;
        for (Long personId : personIds) {
            insert(resourceId, position++, personId, null);
        }
        for (Long teamId : teamIds) {
            insert(resourceId, position++, null, teamId);
        }
    }

    private void insert(long resourceId, int position, Long personId, Long teamId) {
        jdbc.sql("""
                        INSERT INTO library_resource_author (resource_id, position, person_id, team_id)
                        VALUES (:resource, :position, :person, :team)""")
                .param("resource", resourceId).param("position", position).param("person", personId)
                .param("team", teamId).update();
    }
}
