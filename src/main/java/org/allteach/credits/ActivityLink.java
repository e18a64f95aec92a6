package org.allteach.credits;

/**
 * What a CE activity is for: one calendar event, a series (given by any of its occurrences; every occurrence counts),
 * an enduring material (a library resource, such as a recording, whose completion the learner attests), or the
 * collaborative's QI project itself (MOC Part IV: participation is attested, co-signed and approved; the id is the
 * collaborative's).
 */
public record ActivityLink(Kind kind, long id) {

    public enum Kind {
        EVENT("Live session"), SERIES("Series of sessions"), ENDURING("Enduring material"),
        QI_PROJECT("The collaborative's QI project (MOC Part IV)");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
