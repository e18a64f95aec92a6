package org.allteach.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allteach.search.SearchFacet;
import org.allteach.shared.markdown.MarkdownRenderer;
import org.allteach.search.SearchQuery;
import org.allteach.search.SearchResults;
import org.allteach.search.SearchSort;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;
import org.springframework.stereotype.Component;

/**
 * Queries the index. The searcher's audiences (what they may read) are a filter inside the one query whose
 * collector feeds the hits, the facet counts and the highlighter, so nothing outside them can show up in any of
 * the three. Facet values are raw here (ids for collaboratives and teams); the caller names them.
 */
@Component
public class Searching {

    private static final int MAX_RESULTS = 1000;
    private static final int FACET_VALUES = 12;
    private static final int SNIPPET_LENGTH = 160;
    private static final Sort NEWEST_FIRST = new Sort(new SortField(Fields.UPDATED, SortField.Type.LONG, true));
    private static final Set<String> STORED = Set.of(Fields.TYPE, Fields.ID, Fields.TITLE, Fields.URL, Fields.KIND,
            Fields.COLLABORATIVE, Fields.UPDATED);

    private final LuceneIndex index;

    Searching(LuceneIndex index) {
        this.index = index;
    }

    /**
     * @param audiences what the searcher may read ({@code SearchDocument} audiences); null for everything
     * @return hits with snippets and raw facet values; empty results while no index exists yet
     */
    public SearchResults search(SearchQuery request, Collection<String> audiences) {
        Query words = request.text().isBlank() ? new MatchAllDocsQuery()
                : UserQueryParser.parse(LuceneIndex.ANALYZER, request.text());
        if (words == null) {
            words = new MatchNoDocsQuery("only stop words");
        }
        Query matching = words;
        return index.search(searcher -> run(searcher, request, matching, audiences))
                .orElseGet(() -> new SearchResults(0, List.of(), List.of(), index.status()));
    }

    /**
     * Documents like the given one, among those the searcher may read; nothing when they may not read it either.
     */
    public List<SearchResults.Hit> moreLikeThis(String key, Collection<String> audiences, int limit) {
        return index.search(searcher -> {
            try {
                TopDocs self = searcher.search(readable(new TermQuery(new Term(Fields.KEY, key)), audiences), 1);
                if (self.scoreDocs.length == 0) {
                    return List.<SearchResults.Hit>of();
                }
                MoreLikeThis likeness = new MoreLikeThis(searcher.getIndexReader());
                likeness.setAnalyzer(LuceneIndex.ANALYZER);
                likeness.setFieldNames(new String[]{Fields.TITLE, Fields.TEXT});
                likeness.setMinTermFreq(1);
                likeness.setMinDocFreq(1);
                likeness.setMaxQueryTerms(25);
                likeness.setBoost(true);
                Query like = new BooleanQuery.Builder()
                        .add(likeness.like(self.scoreDocs[0].doc), BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term(Fields.KEY, key)), BooleanClause.Occur.MUST_NOT)
                        .build();
                TopDocs found = searcher.search(readable(like, audiences), limit);
                List<SearchResults.Hit> hits = new ArrayList<>();
                for (ScoreDoc hit : found.scoreDocs) {
                    Document stored = searcher.storedFields().document(hit.doc, STORED);
                    hits.add(hit(stored, MarkdownRenderer.escape(stored.get(Fields.TITLE)), null));
                }
                return hits;
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }).orElse(List.of());
    }

    private SearchResults run(FacetedSearcher searcher, SearchQuery request, Query words,
                              Collection<String> audiences) {
        if (searcher.facetState == null) {
            return new SearchResults(0, List.of(), List.of(), index.status());
        }
        try {
            // Typo-tolerant words become the index's terms they match here, once: the highlighter then finds them in
            // the postings' offsets, instead of analysing every hit's text again and building its Levenshtein
            // automata anew for each hit, which took most of a query's time.
            Query terms = searcher.rewrite(words);
            DrillDownQuery query = new DrillDownQuery(Fields.FACETS, readable(terms, audiences));
            request.filters().forEach((facet, values) -> values.forEach(v -> query.add(facet.dimension(), v)));
            int wanted = Math.min(Math.max(request.offset(), 0) + Math.max(request.limit(), 1), MAX_RESULTS);
            boolean byDate = request.sort() == SearchSort.NEWEST || request.text().isBlank();
            DrillSideways sideways = new DrillSideways(searcher, Fields.FACETS, searcher.facetState);
            DrillSideways.DrillSidewaysResult result = byDate
                    ? sideways.search(query, null, null, wanted, NEWEST_FIRST, false)
                    : sideways.search(query, wanted);
            ScoreDoc[] page = Arrays.copyOfRange(result.hits.scoreDocs,
                    Math.min(request.offset(), result.hits.scoreDocs.length), result.hits.scoreDocs.length);
            Map<String, String[]> highlights = highlighter(searcher).highlightFields(
                    new String[]{Fields.TITLE, Fields.TEXT}, terms, new TopDocs(result.hits.totalHits, page),
                    new int[]{1, 2});
            List<SearchResults.Hit> hits = new ArrayList<>();
            for (int i = 0; i < page.length; i++) {
                Document stored = searcher.storedFields().document(page[i].doc, STORED);
                hits.add(hit(stored, highlights.get(Fields.TITLE)[i], highlights.get(Fields.TEXT)[i]));
            }
            return new SearchResults(result.hits.totalHits.value(), hits, facets(result, request),
                    index.status());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static Query readable(Query query, Collection<String> audiences) {
        if (audiences == null) {
            return query;
        }
        List<BytesRef> terms = audiences.stream().map(BytesRef::new).toList();
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(Fields.AUDIENCE, terms), BooleanClause.Occur.FILTER)
                .build();
    }

    private static List<SearchResults.FacetCounts> facets(DrillSideways.DrillSidewaysResult result,
                                                          SearchQuery request) throws IOException {
        List<SearchResults.FacetCounts> facets = new ArrayList<>();
        for (SearchFacet facet : SearchFacet.values()) {
            Set<String> selected = request.filters().getOrDefault(facet, Set.of());
            FacetResult counts;
            try {
                counts = result.facets.getTopChildren(FACET_VALUES, facet.dimension());
            } catch (IllegalArgumentException notIndexedYet) {
                counts = null;
            }
            List<SearchResults.FacetValue> values = new ArrayList<>();
            if (counts != null) {
                for (LabelAndValue value : counts.labelValues) {
                    values.add(new SearchResults.FacetValue(value.label, value.label, value.value.longValue(),
                            selected.contains(value.label)));
                }
            }
            // a chosen value stays listed (with no count) so it can be unchosen
            for (String value : selected) {
                if (values.stream().noneMatch(v -> v.value().equals(value))) {
                    values.add(new SearchResults.FacetValue(value, value, 0, true));
                }
            }
            if (!values.isEmpty()) {
                facets.add(new SearchResults.FacetCounts(facet, values));
            }
        }
        return facets;
    }

    private static UnifiedHighlighter highlighter(FacetedSearcher searcher) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, LuceneIndex.ANALYZER)
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withHandleMultiTermQuery(true)
                .withScorer(new PassageScoring())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true));
        return new UnifiedHighlighter(builder) {
            @Override
            protected BreakIterator getBreakIterator(String field) {
                // Passages of about 160 characters between spaces, the match in the middle. The JDK's sentence
                // iterator took a third of a query's time: the highlighter asks for the boundaries around every
                // match in a long text before it picks the best two passages.
                return Fields.TITLE.equals(field) ? new WholeBreakIterator()
                        : LengthGoalBreakIterator.createClosestToLength(new CustomSeparatorBreakIterator(' '),
                                SNIPPET_LENGTH, 0.5f);
            }

            @Override
            protected int getMaxNoHighlightPassages(String field) {
                return 1;
            }
        };
    }

    /**
     * Lucene's passage scoring (BM25 over the passage), without the 32 KB term hash that {@link PassageScorer}
     * allocates for every candidate passage: a long text with a common word has hundreds of candidates, each with a
     * handful of distinct terms, which comparing finds faster.
     */
    private static final class PassageScoring extends PassageScorer {

        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            BytesRef[] terms = passage.getMatchTerms();
            float score = 0;
            for (int i = 0; i < matches; i++) {
                if (seenBefore(terms, i)) {
                    continue;
                }
                int inPassage = 1;
                for (int j = i + 1; j < matches; j++) {
                    inPassage += terms[j].bytesEquals(terms[i]) ? 1 : 0;
                }
                score += tf(inPassage, passage.getLength())
                        * weight(contentLength, passage.getMatchTermFreqsInDoc()[i]);
            }
            return score * norm(passage.getStartOffset());
        }

        private static boolean seenBefore(BytesRef[] terms, int i) {
            for (int j = 0; j < i; j++) {
                if (terms[j].bytesEquals(terms[i])) {
                    return true;
                }
            }
            return false;
        }
    }

    private static SearchResults.Hit hit(Document stored, String titleHtml, String snippetHtml) {
        return new SearchResults.Hit(stored.get(Fields.TYPE), stored.getField(Fields.ID).numericValue().longValue(),
                stored.get(Fields.URL), stored.get(Fields.KIND), titleHtml, snippetHtml,
                stored.get(Fields.COLLABORATIVE),
                Instant.ofEpochMilli(stored.getField(Fields.UPDATED).numericValue().longValue()));
    }
}
