package org.allteach.measures.ui.chart;

/** Where a series or line is drawn: the measure's own panel, or the disparity-gap panel beneath it. */
public enum Panel {
    MEASURE, GAP
}
