package org.allteach.files;

import java.util.Locale;

/** File sizes as people read them: "340 bytes", "12 KB", "12.3 MB" (1 KB = 1024 bytes, as file managers count). */
public final class FileSizes {

    public static final long KB = 1024;
    public static final long MB = 1024 * KB;
    public static final long GB = 1024 * MB;

    private FileSizes() {
    }

    public static String describe(long bytes) {
        if (bytes < KB) {
            return bytes == 1 ? "1 byte" : bytes + " bytes";
        }
        if (bytes < MB) {
            return scaled(bytes, KB, "KB");
        }
        if (bytes < GB) {
            return scaled(bytes, MB, "MB");
        }
        return scaled(bytes, GB, "GB");
    }

    private static String scaled(long bytes, long unit, String name) {
        double value = (double) bytes / unit;
        // One decimal while it says something (12.3 MB), none for large values (340 KB) or a round one (10 MB).
        String number = String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
        return (number.endsWith(".0") ? number.substring(0, number.length() - 2) : number) + " " + name;
    }
}
