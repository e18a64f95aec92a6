package org.allteach.measures.analysis;

/** Which way a measure improves: up for a vaccination rate, down for a fall rate. */
public enum Direction {
    UP,
    DOWN
}
