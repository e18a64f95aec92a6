package org.allteach.search;

public enum SearchSort {
    RELEVANCE, NEWEST
}
