package org.allteach.engagement;

/**
 * A team's measure reporting for one month. A month is due by the end of the 15th of the next month (in the viewer's
 * time zone), the usual deadline of a collaborative's monthly data (decision 0035); before that it is not due yet.
 */
public enum MonthStatus {
    ON_TIME("On time"),
    LATE("Late"),
    MISSING("Missing"),
    NOT_DUE("Not due yet");

    private final String label;

    MonthStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
