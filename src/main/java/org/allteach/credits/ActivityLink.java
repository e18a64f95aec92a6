package org.allteach.credits;

/**
 * What a CE activity is for: one calendar event, a series (given by any of its occurrences; every occurrence counts),
 * or an enduring material (a library resource, such as a recording, whose completion the learner attests).
 */
public record ActivityLink(Kind kind, long id) {

    public enum Kind {
        EVENT("Live session"), SERIES("Series of sessions"), ENDURING("Enduring material");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
