package org.allteach.discussion.internal;

import org.allteach.files.FileAccessPolicy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A file attached to a visible post may be downloaded by everyone who may read that post's space. */
@Component
class AttachmentAccess implements FileAccessPolicy {

    private final PostAttachments attachments;
    private final ThreadRepository threads;
    private final SpaceRepository spaces;
    private final SpaceGuard guard;

    AttachmentAccess(PostAttachments attachments, ThreadRepository threads, SpaceRepository spaces,
                     SpaceGuard guard) {
        this.attachments = attachments;
        this.threads = threads;
        this.spaces = spaces;
        this.guard = guard;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean maySee(long fileId, long personId) {
        return threads.findAllById(attachments.threadsShowing(fileId)).stream()
                .flatMap(thread -> spaces.findById(thread.getSpaceId()).stream())
                .anyMatch(space -> guard.canPersonRead(personId, space));
    }
}
