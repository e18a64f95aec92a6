package org.allteach.community;

import java.util.List;

import org.allteach.collaborative.AlumniRole;

/** A member as the directory lists them: what they can help with and the roles they held in closed collaboratives. */
public record DirectoryEntry(long personId, String displayName, String askMeAbout, List<String> expertise,
                             List<AlumniRole> history) {

    /** Current members who opted in have no history yet. */
    public boolean alumnus() {
        return !history.isEmpty();
    }
}
