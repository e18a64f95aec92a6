package org.allteach.measures.analysis;

import java.util.List;

/** The Shewhart chart for a measure. */
public enum ChartType {
    /** Proportions, limits from the binomial model, varying with the denominator (Montgomery ch. 7). */
    P,
    /** Laney's p′: p-chart limits widened by σz, the spread between months the binomial model misses (Laney 2002). */
    P_PRIME,
    /** Rates, limits from the Poisson model, varying with the denominator (Montgomery ch. 7). */
    U,
    /** Laney's u′. */
    U_PRIME,
    /** Individuals and moving range, for continuous values (Wheeler: limits x̄ ± 2.66 MR̄, MR limit 3.268 MR̄). */
    XMR,
    /** Counts of events in equal opportunity, limits c̄ ± 3√c̄ (Montgomery ch. 7). */
    C;

    /** "Large" denominators: the average month's denominator from which a p or u chart may be too narrow. */
    static final double LARGE_DENOMINATOR = 1_000;
    /** Over-dispersed: 20% more spread between months than the binomial or Poisson model allows. */
    static final double OVER_DISPERSED_SIGMA_Z = 1.2;
    /** Fewest points to estimate σz from. */
    static final int SIGMA_Z_FROM = 10;

    /**
     * P for proportions, U for rates, C for counts, XMR for means; the Laney prime variant when the average
     * denominator is at least 1,000 and σz over the whole series exceeds 1.2. Laney (2002) defines σz and shows that
     * the prime chart equals the plain one when σz = 1; with denominators in the thousands the binomial or Poisson
     * limits are so narrow that ordinary month-to-month differences between patients make most points "signal". The
     * thresholds 1,000 and 1.2 are ours (decision 0026): σz from 10 to 60 moving ranges wanders about ±0.1–0.2 by
     * chance alone.
     */
    public static ChartType suggested(Series series) {
        return suggested(series, Integer.MAX_VALUE);
    }

    /**
     * As {@link #suggested(Series)}, with σz read from the baseline's points only, as the prime limits are: a real
     * shift after the baseline would otherwise inflate σz, switch the chart to prime and widen the limits that show
     * the shift, and the chart type would change as months arrive.
     */
    public static ChartType suggested(Series series, int baselinePoints) {
        return switch (series.kind()) {
            case MEAN -> XMR;
            case COUNT -> C;
            case PROPORTION -> overDispersed(series, P, baselinePoints) ? P_PRIME : P;
            case RATE -> overDispersed(series, U, baselinePoints) ? U_PRIME : U;
        };
    }

    /** Whether this chart reads series of that kind: p charts proportions, u charts rates, c counts, XmR any. */
    public boolean fits(DataKind kind) {
        return switch (this) {
            case P, P_PRIME -> kind == DataKind.PROPORTION;
            case U, U_PRIME -> kind == DataKind.RATE;
            case C -> kind == DataKind.COUNT;
            case XMR -> true;
        };
    }

    public boolean prime() {
        return this == P_PRIME || this == U_PRIME;
    }

    private static boolean overDispersed(Series series, ChartType plain, int baselinePoints) {
        List<Point> usable = Usable.of(series).points();
        List<Point> points = usable.subList(0, Math.min(baselinePoints, usable.size()));
        if (points.size() < SIGMA_Z_FROM) {
            return false;
        }
        double meanDenominator = points.stream().mapToDouble(Point::denominator).average().orElse(0);
        return meanDenominator >= LARGE_DENOMINATOR
                && Spc.sigmaZ(points, 0, points.size(), plain, series.ratePer()) > OVER_DISPERSED_SIGMA_Z;
    }
}
