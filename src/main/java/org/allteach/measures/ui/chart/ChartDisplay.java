package org.allteach.measures.ui.chart;

/**
 * How a chart is drawn beyond what it shows.
 *
 * @param measureRange the measure panel's value axis, fixed (small multiples share one), or null to fit the data
 * @param gapRange     the gap panel's value axis, fixed, or null to fit the data
 * @param compact      a small chart among others: shorter panels, no legend, a smaller title
 * @param gapRatio     the gap panel holds ratios (1 = no gap), shown with two decimals
 */
public record ChartDisplay(ValueRange measureRange, ValueRange gapRange, boolean compact, boolean gapRatio) {

    /** A full-size chart whose axes fit its data. */
    public static final ChartDisplay STANDARD = new ChartDisplay(null, null, false, false);
}
