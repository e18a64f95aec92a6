package org.allteach.discussion.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PostRevisionRepository extends JpaRepository<PostRevision, Long> {

    List<PostRevision> findByPostIdOrderByRevisionDesc(long postId);
}
