package org.allteach.search;

import java.time.Instant;

/**
 * @param building  whether a rebuild is running
 * @param done      documents added to the index being built
 * @param total     documents the rebuild will add
 * @param documents documents in the index in use
 * @param builtAt   when the index in use was last built from the database; null before the first build
 * @param problem   why the last rebuild failed, or null
 */
public record IndexStatus(boolean building, long done, long total, long documents, Instant builtAt,
                          String problem) {

    public boolean ready() {
        return builtAt != null;
    }
}
