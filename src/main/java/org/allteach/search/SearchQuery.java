package org.allteach.search;

import java.util.Map;
import java.util.Set;

/**
 * A search as the person asked it.
 *
 * @param text    words, "phrases", -excluded, prefix*, word~2 for explicit fuzziness; blank lists everything
 * @param filters chosen facet values by dimension ({@link SearchFacet})
 */
public record SearchQuery(String text, Map<SearchFacet, Set<String>> filters, SearchSort sort, int offset,
                          int limit) {

    public SearchQuery {
        text = text == null ? "" : text.strip();
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Map.of(), SearchSort.RELEVANCE, 0, 20);
    }
}
