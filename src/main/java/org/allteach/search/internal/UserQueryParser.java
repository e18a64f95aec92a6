package org.allteach.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;

/**
 * Reads what people type into the search box, the way web search engines do: every word must match (in the title,
 * tags or text, English stems: "screenings" finds "screening"), "quoted phrases" match in order, -word excludes,
 * prefix* and word~2 work, and nothing typed is ever a syntax error. A word of four letters or more also matches
 * words one typo away (two for long words), ranked below exact matches.
 */
final class UserQueryParser extends SimpleQueryParser {

    static final Map<String, Float> WEIGHTS = Map.of(Fields.TITLE, 3f, Fields.TAGS, 2f, Fields.TEXT, 1f);
    private static final float TYPO_WEIGHT = 0.3f;
    private static final int LONGEST_QUERY = 300;

    private UserQueryParser(Analyzer analyzer) {
        super(analyzer, WEIGHTS);
        setDefaultOperator(BooleanClause.Occur.MUST);
    }

    /** @return null when the text has no searchable word (blank, or only stop words like "the") */
    static Query parse(Analyzer analyzer, String text) {
        String bounded = text.length() > LONGEST_QUERY ? text.substring(0, LONGEST_QUERY) : text;
        return new UserQueryParser(analyzer).parse(bounded);
    }

    @Override
    protected Query newDefaultQuery(String text) {
        Query exact = super.newDefaultQuery(text);
        if (exact == null) {
            return null;
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder().add(exact, BooleanClause.Occur.SHOULD);
        for (String stem : stems(text)) {
            if (stem.length() >= 4) {
                int edits = stem.length() >= 8 ? 2 : 1;
                for (String field : List.of(Fields.TITLE, Fields.TEXT)) {
                    Query typo = new FuzzyQuery(new Term(field, stem), edits, 1);
                    either.add(new BoostQuery(typo, WEIGHTS.get(field) * TYPO_WEIGHT), BooleanClause.Occur.SHOULD);
                }
            }
        }
        return either.build();
    }

    private List<String> stems(String text) {
        List<String> stems = new ArrayList<>();
        try (TokenStream tokens = getAnalyzer().tokenStream(Fields.TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                stems.add(term.toString());
            }
            tokens.end();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return stems;
    }
}
