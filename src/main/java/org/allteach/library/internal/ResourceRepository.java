package org.allteach.library.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ResourceRepository extends JpaRepository<Resource, Long> {

    /**
     * Resources visible with these scopes, newest first: portal-wide ones, those of the collaboratives, those of the
     * teams given, and the community's for its members; {@code everything} for administrators. The title filter arrives with LIKE's wildcards escaped.
     */
    @Query("""
            select r from Resource r
            where r.deletedAt is null
              and (:everything = true
                   or r.visibility = org.allteach.library.Visibility.PORTAL
                   or (r.visibility = org.allteach.library.Visibility.COLLABORATIVE
                       and r.collaborativeId in :collaboratives)
                   or (r.visibility = org.allteach.library.Visibility.TEAM and r.teamId in :teams)
                   or (r.visibility = org.allteach.library.Visibility.COMMUNITY and :community = true))
              and r.kind in :kinds
              and (:title = '' or r.title like concat('%', :title, '%'))
            order by r.updatedAt desc, r.id desc""")
    List<Resource> findVisible(boolean everything, Collection<Long> collaboratives, Collection<Long> teams,
                               boolean community, Collection<org.allteach.library.ResourceKind> kinds, String title, Pageable page);

    @Query("""
            select count(r) from Resource r
            where r.deletedAt is null
              and (:everything = true
                   or r.visibility = org.allteach.library.Visibility.PORTAL
                   or (r.visibility = org.allteach.library.Visibility.COLLABORATIVE
                       and r.collaborativeId in :collaboratives)
                   or (r.visibility = org.allteach.library.Visibility.TEAM and r.teamId in :teams)
                   or (r.visibility = org.allteach.library.Visibility.COMMUNITY and :community = true))
              and r.kind in :kinds
              and (:title = '' or r.title like concat('%', :title, '%'))""")
    long countVisible(boolean everything, Collection<Long> collaboratives, Collection<Long> teams,
                      boolean community, Collection<org.allteach.library.ResourceKind> kinds, String title);

    /** Locked while a version is added, so version numbers never collide. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Resource r where r.id = :id")
    Optional<Resource> findForUpdate(long id);

    /** What a new collaborative can start from: a collaborative's resources shared beyond one team, but storyboards. */
    @Query("""
            select r from Resource r
            where r.collaborativeId = :collaborativeId and r.deletedAt is null
              and r.visibility in (org.allteach.library.Visibility.PORTAL,
                                   org.allteach.library.Visibility.COLLABORATIVE)
              and r.kind <> org.allteach.library.ResourceKind.STORYBOARD
            order by r.id""")
    List<Resource> findCopyable(long collaborativeId);

    @Query("""
            select r.copiedFrom from Resource r
            where r.collaborativeId = :collaborativeId and r.copiedFrom is not null
              and r.visibility <> org.allteach.library.Visibility.COMMUNITY""")
    List<Long> findCopiedFrom(long collaborativeId);

    /** The community library, newest first; the title filter arrives with LIKE's wildcards escaped. */
    @Query("""
            select r from Resource r
            where r.deletedAt is null and r.visibility = org.allteach.library.Visibility.COMMUNITY
              and r.kind in :kinds
              and (:title = '' or r.title like concat('%', :title, '%'))
            order by r.updatedAt desc, r.id desc""")
    List<Resource> findInCommunity(Collection<org.allteach.library.ResourceKind> kinds, String title, Pageable page);

    @Query("""
            select count(r) from Resource r
            where r.deletedAt is null and r.visibility = org.allteach.library.Visibility.COMMUNITY
              and r.kind in :kinds
              and (:title = '' or r.title like concat('%', :title, '%'))""")
    long countInCommunity(Collection<org.allteach.library.ResourceKind> kinds, String title);

    /** The community's copy of a resource, if someone shared it with the community already. */
    @Query("""
            select r from Resource r
            where r.copiedFrom = :originalId and r.deletedAt is null
              and r.visibility = org.allteach.library.Visibility.COMMUNITY""")
    List<Resource> findCommunityCopies(long originalId);
}
