package org.allteach.discussion.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which stored files hang on which posts, in attachment order. */
@Repository
public class PostAttachments {

    private final JdbcClient jdbc;

    PostAttachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void attach(long postId, List<Long> fileIds) {
        for (int position = 0; position < fileIds.size(); position++) {
            jdbc.sql("INSERT INTO discussion_attachment (post_id, file_id, position) VALUES (:post, :file, :position)")
                    .param("post", postId).param("file", fileIds.get(position)).param("position", position).update();
        }
    }

    /** File ids per post for a page of posts, in one query. */
    public Map<Long, List<Long>> filesOf(Collection<Long> postIds) {
        Map<Long, List<Long>> files = new HashMap<>();
        if (postIds.isEmpty()) {
            return files;
        }
        jdbc.sql("SELECT post_id, file_id FROM discussion_attachment WHERE post_id IN (:posts) ORDER BY position")
                .param("posts", postIds)
                .query(rs -> {
                    files.computeIfAbsent(rs.getLong("post_id"), id -> new ArrayList<>()).add(rs.getLong("file_id"));
                });
        return files;
    }

    /** The threads whose posts show this file (visible posts only: a hidden post's files are hidden too). */
    public List<Long> threadsShowing(long fileId) {
        return jdbc.sql("""
                        SELECT DISTINCT p.thread_id FROM discussion_attachment a
                        JOIN discussion_post p ON p.id = a.post_id
                        WHERE a.file_id = :file AND p.withdrawn_at IS NULL AND p.hidden_at IS NULL""")
                .param("file", fileId).query(Long.class).list();
    }
}
