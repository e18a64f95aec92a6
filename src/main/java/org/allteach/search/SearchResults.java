package org.allteach.search;

import java.time.Instant;
import java.util.List;

/**
 * One page of results, with counts for every facet over all results the searcher may see.
 *
 * @param total  how many results match in all
 * @param status whether the index is ready; while it is first built, results are empty
 */
public record SearchResults(long total, List<Hit> hits, List<FacetCounts> facets, IndexStatus status) {

    /**
     * @param titleHtml   the title, HTML-escaped, matched words in {@code <mark>}
     * @param snippetHtml passages of the text around the matches, HTML-escaped, matched words in {@code <mark>}
     */
    public record Hit(String type, long id, String url, String kind, String titleHtml, String snippetHtml,
                      String collaborative, Instant updatedAt) {
    }

    public record FacetCounts(SearchFacet facet, List<FacetValue> values) {
    }

    /** @param value what a filter holds; {@code label} is what people read */
    public record FacetValue(String value, String label, long count, boolean selected) {
    }
}
