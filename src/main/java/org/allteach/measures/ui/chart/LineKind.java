package org.allteach.measures.ui.chart;

/** How a line is drawn, so a chart reads the same in colour and in black-and-white print. */
public enum LineKind {
    /** Median or mean over its own period: solid. */
    CENTRE,
    /** The baseline's centre line carried forward to judge the new points against: dashed. */
    CENTRE_EXTENDED,
    /** Upper or lower control limit, stepped where it varies with the subgroup size: dashed. */
    LIMIT,
    /** ±1σ and ±2σ zones: faint, dotted, left out of the legend. */
    SIGMA,
    /** The team's goal: dash-dot. */
    GOAL
}
