package org.allteach.calendar;

/** How an attendance was recorded. */
public enum AttendanceSource {
    /** The attendee typed the check-in code shown during the session. */
    CODE("Checked in"),
    /** The host or an organiser marked them present. */
    MARKED("Marked present"),
    /** From an imported attendance list, such as a video-meeting report. */
    IMPORTED("Imported");

    private final String label;

    AttendanceSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
