package org.allteach.files;

/**
 * Lets a feature grant access to the files it uses: discussion lets the readers of a thread see the files attached
 * to its posts, the library lets members see its resources. Implement it as a Spring bean. The uploader always sees
 * their own file; anyone else sees it when at least one policy says yes. Files know nothing about posts or teams:
 * the feature that references a file decides.
 */
public interface FileAccessPolicy {

    /**
     * Whether the person may see this file because of something this feature owns. Answer false for files the
     * feature does not reference. Called on every download of a file the person did not upload.
     */
    boolean maySee(long fileId, long personId);
}
