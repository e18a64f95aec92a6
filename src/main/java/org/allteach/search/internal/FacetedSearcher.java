package org.allteach.search.internal;

import java.io.IOException;

import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher with the facet ordinals of its reader, built once per reader (it maps every facet value of every
 * segment, which would cost more than the search itself if done per query).
 */
final class FacetedSearcher extends IndexSearcher {

    /** Null while no document has a facet yet (an empty index). */
    final SortedSetDocValuesReaderState facetState;

    private FacetedSearcher(IndexReader reader) throws IOException {
        super(reader);
        this.facetState = reader.numDocs() == 0 ? null : facetState(reader);
    }

    private static SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        try {
            return new DefaultSortedSetDocValuesReaderState(reader, Fields.FACETS);
        } catch (IllegalArgumentException noFacetsIndexed) {
            return null;
        }
    }

    static final SearcherFactory FACTORY = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            return new FacetedSearcher(reader);
        }
    };
}
