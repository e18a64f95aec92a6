package org.allteach.search.internal;

import org.allteach.search.SearchDocument;
import org.allteach.search.SearchFacet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

/**
 * How a {@link SearchDocument} is laid out in Lucene. Changing anything here changes the index's schema: raise
 * {@link #SCHEMA} so existing indexes are rebuilt at the next start.
 */
final class Fields {

    /** 2: the community's threads are in the index, without a collaborative facet. */
    static final String SCHEMA = "2";

    static final String KEY = "key";
    static final String TYPE = "type";
    static final String ID = "id";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String TAGS = "tags";
    static final String URL = "url";
    static final String KIND = "kind";
    static final String COLLABORATIVE = "collaborative";
    static final String AUDIENCE = "audience";
    static final String UPDATED = "updated";

    /** Searched and quoted: offsets in the postings let the highlighter find passages without analysing again. */
    private static final FieldType QUOTED_TEXT = new FieldType(TextField.TYPE_STORED);

    static {
        QUOTED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        QUOTED_TEXT.freeze();
    }

    static final FacetsConfig FACETS = new FacetsConfig();

    static {
        FACETS.setMultiValued(SearchFacet.TAG.dimension(), true);
    }

    private Fields() {
    }

    static Document toLucene(SearchDocument source) {
        Document doc = new Document();
        doc.add(new StringField(KEY, source.key(), Field.Store.YES));
        doc.add(new StringField(TYPE, source.type(), Field.Store.YES));
        doc.add(new StoredField(ID, source.id()));
        doc.add(new Field(TITLE, source.title(), QUOTED_TEXT));
        doc.add(new Field(TEXT, source.text() == null ? "" : source.text(), QUOTED_TEXT));
        doc.add(new StoredField(URL, source.url()));
        doc.add(new StoredField(KIND, source.kind()));
        doc.add(new StoredField(COLLABORATIVE, source.collaborativeId()));
        doc.add(new StringField(AUDIENCE, source.audience(), Field.Store.NO));
        long updated = source.updatedAt().toEpochMilli();
        doc.add(new NumericDocValuesField(UPDATED, updated));
        doc.add(new StoredField(UPDATED, updated));
        facet(doc, SearchFacet.KIND, source.kind());
        facet(doc, SearchFacet.FOCUS_AREA, source.focusArea());
        facet(doc, SearchFacet.COLLABORATIVE, source.collaborativeId() == SearchDocument.NO_COLLABORATIVE ? null
                : String.valueOf(source.collaborativeId()));
        facet(doc, SearchFacet.YEAR, source.year() == null ? null : String.valueOf(source.year()));
        facet(doc, SearchFacet.TEAM, source.teamId() == null ? null : String.valueOf(source.teamId()));
        for (String tag : source.tags()) {
            doc.add(new TextField(TAGS, tag, Field.Store.NO));
            facet(doc, SearchFacet.TAG, tag);
        }
        try {
            return FACETS.build(doc);
        } catch (java.io.IOException impossible) {
            throw new java.io.UncheckedIOException(impossible);
        }
    }

    private static void facet(Document doc, SearchFacet facet, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new SortedSetDocValuesFacetField(facet.dimension(), value));
        }
    }
}
