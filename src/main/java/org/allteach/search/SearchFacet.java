package org.allteach.search;

/** The dimensions results are counted and filtered by; values are labels, or ids for collaboratives and teams. */
public enum SearchFacet {
    KIND("Kind"), FOCUS_AREA("Focus area"), TAG("Tag"), COLLABORATIVE("Collaborative"), YEAR("Year"), TEAM("Team");

    private final String label;

    SearchFacet(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Lucene facet dimension. */
    public String dimension() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
