/**
 * One search over the library and the discussions, with Lucene: features hand in {@link org.allteach.search.SearchDocument}s
 * through {@link org.allteach.search.SearchSource}, and every query is filtered to what the searcher may read before
 * hits, snippets and facet counts are computed (see docs/decisions/0013-search-with-lucene-directly.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.allteach.search;
