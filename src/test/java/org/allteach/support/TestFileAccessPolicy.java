package org.allteach.support;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.allteach.files.FileAccessPolicy;

/**
 * Stands in for a feature that shares files (as discussion does with the readers of a thread): tests grant a person
 * one file, and the download route must honour it.
 */
public class TestFileAccessPolicy implements FileAccessPolicy {

    private final Set<String> grants = ConcurrentHashMap.newKeySet();

    public void grant(long fileId, long personId) {
        grants.add(fileId + ":" + personId);
    }

    @Override
    public boolean maySee(long fileId, long personId) {
        return grants.contains(fileId + ":" + personId);
    }
}
