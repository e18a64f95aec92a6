package org.allteach.measures.analysis;

/** Where a signal's points lie: above or below the centre line, rising or falling, or neither (runs, hugging). */
public enum Side {
    ABOVE,
    BELOW,
    UP,
    DOWN,
    NEITHER
}
