package org.allteach.shared;

/** Text typed into a search box, made safe to use inside SQL {@code LIKE}. */
public final class LikePattern {

    private LikePattern() {
    }

    /** Trimmed, with LIKE's wildcards escaped so that "50%" finds "50%" and not everything; null becomes "". */
    public static String escape(String typed) {
        return typed == null ? "" : typed.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
