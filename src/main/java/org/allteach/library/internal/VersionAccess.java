package org.allteach.library.internal;

import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.community.Community;
import org.allteach.files.FileAccessPolicy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A file that is a version of a resource may be downloaded by everyone who may see that resource. A file shared with
 * the community is named by the community's copy and by the archived original, so both audiences download it.
 */
@Component
class VersionAccess implements FileAccessPolicy {

    private final ResourceVersionRepository versions;
    private final ResourceRepository resources;
    private final CollaborativeAccess access;
    private final Community community;

    VersionAccess(ResourceVersionRepository versions, ResourceRepository resources, CollaborativeAccess access,
                  Community community) {
        this.community = community;
        this.versions = versions;
        this.resources = resources;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean maySee(long fileId, long personId) {
        return versions.findByFileId(fileId).stream()
                .flatMap(version -> resources.findById(version.getResourceId()).stream())
                .filter(resource -> !resource.isDeleted())
                .anyMatch(resource -> switch (resource.getVisibility()) {
                    case PORTAL -> true;
                    case COLLABORATIVE -> access.canPersonRead(personId, resource.getCollaborativeId(), null);
                    case TEAM -> access.canPersonRead(personId, resource.getCollaborativeId(), resource.getTeamId());
                    case COMMUNITY -> community.isMember(personId);
                });
    }
}
