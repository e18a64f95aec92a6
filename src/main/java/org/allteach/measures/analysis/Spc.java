package org.allteach.measures.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.allteach.measures.analysis.Patterns.Stretch;

/**
 * Shewhart charts: centre line, ±1σ, ±2σ and ±3σ lines per point, per phase, and the five rules of The Health Care
 * Data Guide (Provost &amp; Murray 2011, ch. 5): a point beyond the limits, 8 or more on one side of the centre line,
 * 6 or more rising or falling (ties skipped), 2 of 3 consecutive beyond 2σ on the same side, 15 or more within 1σ.
 * Each phase's limits come from its first {@code baselinePoints} points (20 by default: the Guide's usual number for
 * limits that need no revision) and stay frozen for the rest of the phase; rules do not run across a phase boundary.
 * Points without a value are left out and the points either side treated as neighbours.
 */
public final class Spc {

    public static final int DEFAULT_BASELINE_POINTS = 20;
    /** d2 for moving ranges of two: σ = MR̄ / 1.128, so ±3σ = ±2.66 MR̄ (Wheeler). */
    static final double D2 = 1.128;
    /** D4 for moving ranges of two: the moving-range chart's upper limit (Wheeler's 3.268). */
    static final double MOVING_RANGE_LIMIT = 3.268;
    static final int EIGHT_ON_ONE_SIDE = 8;
    static final int SIX_TRENDING = 6;
    static final int FIFTEEN_WITHIN = 15;

    private Spc() {
    }

    public static SpcResult analyse(Series series, ChartType type, List<Phase> phases) {
        return analyse(series, type, phases, DEFAULT_BASELINE_POINTS);
    }

    public static SpcResult analyse(Series series, ChartType type, List<Phase> phases, int baselinePoints) {
        if (!type.fits(series.kind())) {
            throw new IllegalArgumentException(type + " does not fit " + series.kind() + " data");
        }
        if (baselinePoints < 1) {
            throw new IllegalArgumentException("A baseline needs at least one point: " + baselinePoints);
        }
        Usable usable = Usable.of(series);
        List<Point> points = usable.points();
        int n = points.size();
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = points.get(i).value();
        }
        double[] centres = new double[n];
        double[] sigmas = new double[n];
        Double[] movingRanges = new Double[n];
        boolean[] inBaseline = new boolean[n];
        int[] phaseOf = new int[n];
        List<Integer> starts = phaseStarts(points, phases);
        List<SpcPhase> phaseLimits = new ArrayList<>();
        List<Signal> signals = new ArrayList<>();
        YearMonth recalculation = null;
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k);
            int to = k + 1 < starts.size() ? starts.get(k + 1) : n;
            int baselineEnd = from + Math.min(baselinePoints, to - from);
            for (int i = from; i < to; i++) {
                phaseOf[i] = k;
                inBaseline[i] = i < baselineEnd;
            }
            phaseLimits.add(limits(points, values, from, baselineEnd, to, type, series.ratePer(), centres, sigmas,
                    movingRanges));
            List<Stretch> shifts = rules(points, values, centres, sigmas, from, to, type, series.direction(), signals);
            for (Stretch shift : shifts) {
                if (shift.first() >= baselineEnd && recalculation == null) {
                    recalculation = points.get(shift.first()).month();
                }
            }
        }
        List<SpcPoint> plotted = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double c = centres[i];
            double s = sigmas[i];
            plotted.add(new SpcPoint(points.get(i).month(), values[i], phaseOf[i], inBaseline[i], c,
                    low(type, c - 3 * s), high(type, c + 3 * s), low(type, c - s), high(type, c + s),
                    low(type, c - 2 * s), high(type, c + 2 * s), movingRanges[i]));
        }
        signals.sort(Comparator.comparing(Signal::from).thenComparing(Signal::rule));
        return new SpcResult(type, plotted, phaseLimits, signals, Optional.ofNullable(recalculation),
                usable.leftOut(), usable.missingMonths());
    }

    /** Laney's σz over points [from, to): the average moving range of the points' z-scores on the plain chart / 1.128. */
    static double sigmaZ(List<Point> points, int from, int to, ChartType plain, double ratePer) {
        if (to - from < 2) {
            return Double.NaN;
        }
        double rate = ratio(points, from, to);
        double scale = plain == ChartType.U || plain == ChartType.U_PRIME ? ratePer : 1;
        double previous = Double.NaN;
        double sum = 0;
        for (int i = from; i < to; i++) {
            Point point = points.get(i);
            double sigma = binomialOrPoisson(plain, rate, point.denominator()) * scale;
            double z = (point.value() - rate * scale) / sigma;
            if (!Double.isFinite(z)) {
                return Double.NaN;
            }
            if (i > from) {
                sum += Math.abs(z - previous);
            }
            previous = z;
        }
        return sum / (to - from - 1) / D2;
    }

    /** Fills centres, sigmas (and moving ranges) of the phase [from, to) from its baseline [from, baselineEnd). */
    private static SpcPhase limits(List<Point> points, double[] values, int from, int baselineEnd, int to,
                                   ChartType type, double ratePer, double[] centres, double[] sigmas,
                                   Double[] movingRanges) {
        double sigmaZ = Double.NaN;
        double averageMovingRange = Double.NaN;
        double centre;
        switch (type) {
            case P, P_PRIME, U, U_PRIME -> {
                double rate = ratio(points, from, baselineEnd);
                double scale = type == ChartType.U || type == ChartType.U_PRIME ? ratePer : 1;
                double widen = 1;
                if (type.prime()) {
                    double measured = sigmaZ(points, from, baselineEnd, type, ratePer);
                    // One baseline point, or no events at all, shows no spread between months: the plain chart's limits.
                    sigmaZ = Double.isFinite(measured) ? measured : 1;
                    widen = sigmaZ;
                }
                centre = rate * scale;
                for (int i = from; i < to; i++) {
                    centres[i] = centre;
                    sigmas[i] = binomialOrPoisson(type, rate, points.get(i).denominator()) * scale * widen;
                }
            }
            case C -> {
                centre = mean(values, from, baselineEnd);
                for (int i = from; i < to; i++) {
                    centres[i] = centre;
                    sigmas[i] = Math.sqrt(centre);
                }
            }
            case XMR -> {
                centre = mean(values, from, baselineEnd);
                for (int i = from + 1; i < to; i++) {
                    movingRanges[i] = Math.abs(values[i] - values[i - 1]);
                }
                double sum = 0;
                for (int i = from + 1; i < baselineEnd; i++) {
                    sum += movingRanges[i];
                }
                averageMovingRange = baselineEnd - from >= 2 ? sum / (baselineEnd - from - 1) : Double.NaN;
                for (int i = from; i < to; i++) {
                    centres[i] = centre;
                    sigmas[i] = averageMovingRange / D2;
                }
            }
            default -> throw new IllegalStateException(type.toString());
        }
        return new SpcPhase(points.get(from).month(), points.get(baselineEnd - 1).month(), baselineEnd - from, centre,
                sigmaZ, averageMovingRange, type == ChartType.XMR ? MOVING_RANGE_LIMIT * averageMovingRange : Double.NaN);
    }

    /** Adds the phase's signals; returns its shifts (8 on one side), which may suggest a recalculation. */
    private static List<Stretch> rules(List<Point> points, double[] values, double[] centres, double[] sigmas, int from,
                                       int to, ChartType type, Direction direction, List<Signal> signals) {
        double[] z = new double[to - from];
        for (int i = from; i < to; i++) {
            double deviation = values[i] - centres[i];
            z[i - from] = Patterns.same(values[i], centres[i]) ? 0 : deviation / sigmas[i];
        }
        for (int i = from; i < to; i++) {
            double c = centres[i];
            double s = sigmas[i];
            boolean above = values[i] > high(type, c + 3 * s) && !Patterns.same(values[i], high(type, c + 3 * s));
            boolean below = values[i] < low(type, c - 3 * s) && !Patterns.same(values[i], low(type, c - 3 * s));
            if (above || below) {
                YearMonth month = points.get(i).month();
                signals.add(Signal.of(SignalRule.BEYOND_LIMITS, month, month, 1, above ? Side.ABOVE : Side.BELOW, direction));
            }
        }
        List<Stretch> shifts = new ArrayList<>();
        for (Stretch run : Patterns.runs(values, centres, from, to)) {
            if (run.points() >= EIGHT_ON_ONE_SIDE) {
                shifts.add(run);
                signals.add(signal(SignalRule.EIGHT_ON_ONE_SIDE, points, run, run.sign() > 0 ? Side.ABOVE : Side.BELOW, direction));
            }
        }
        for (Stretch trend : Patterns.trends(values, from, to, SIX_TRENDING)) {
            signals.add(signal(SignalRule.SIX_TRENDING, points, trend, trend.sign() > 0 ? Side.UP : Side.DOWN, direction));
        }
        twoOfThree(points, z, from, to, direction, signals);
        fifteenWithin(points, z, sigmas, from, to, direction, signals);
        return shifts;
    }

    /**
     * 2 of 3 consecutive points beyond 2σ on the same side (the third anywhere). Overlapping windows make one signal,
     * from the first to the last such point, counting the points beyond 2σ. A phase's last two points form a window
     * of their own, so the rule fires without waiting for a third month.
     */
    private static void twoOfThree(List<Point> points, double[] z, int from, int to, Direction direction,
                                   List<Signal> signals) {
        for (int sign : new int[] {1, -1}) {
            boolean[] flagged = new boolean[to - from];
            for (int w = 0; w + 1 < to - from; w++) {
                int end = Math.min(w + 3, to - from);
                int beyond = 0;
                for (int i = w; i < end; i++) {
                    beyond += sign * z[i] > 2 ? 1 : 0;
                }
                if (beyond >= 2) {
                    for (int i = w; i < end; i++) {
                        flagged[i] |= sign * z[i] > 2;
                    }
                }
            }
            int first = -1;
            int last = -1;
            int count = 0;
            for (int i = 0; i < to - from; i++) {
                if (!flagged[i]) {
                    continue;
                }
                if (count > 0 && i - last > 2) {
                    signals.add(twoOfThreeSignal(points, from + first, from + last, count, sign, direction));
                    count = 0;
                }
                if (count == 0) {
                    first = i;
                }
                last = i;
                count++;
            }
            if (count > 0) {
                signals.add(twoOfThreeSignal(points, from + first, from + last, count, sign, direction));
            }
        }
    }

    private static Signal twoOfThreeSignal(List<Point> points, int first, int last, int count, int sign,
                                           Direction direction) {
        return Signal.of(SignalRule.TWO_OF_THREE_BEYOND_TWO_SIGMA, points.get(first).month(), points.get(last).month(),
                count, sign > 0 ? Side.ABOVE : Side.BELOW, direction);
    }

    /** 15 or more consecutive points within 1σ of the centre line (on it counts; a chart without spread never fires). */
    private static void fifteenWithin(List<Point> points, double[] z, double[] sigmas, int from, int to,
                                      Direction direction, List<Signal> signals) {
        int first = -1;
        int count = 0;
        for (int i = 0; i <= to - from; i++) {
            boolean within = i < to - from && sigmas[from + i] > 0 && Math.abs(z[i]) < 1;
            if (within) {
                if (count == 0) {
                    first = i;
                }
                count++;
            } else {
                if (count >= FIFTEEN_WITHIN) {
                    signals.add(Signal.of(SignalRule.FIFTEEN_WITHIN_ONE_SIGMA, points.get(from + first).month(),
                            points.get(from + i - 1).month(), count, Side.NEITHER, direction));
                }
                count = 0;
            }
        }
    }

    private static Signal signal(SignalRule rule, List<Point> points, Stretch stretch, Side side, Direction direction) {
        return Signal.of(rule, points.get(stretch.first()).month(), points.get(stretch.last()).month(), stretch.points(),
                side, direction);
    }

    /** Σ numerators / Σ denominators: p̄ or ū per unit of denominator. */
    private static double ratio(List<Point> points, int from, int to) {
        double numerators = 0;
        double denominators = 0;
        for (int i = from; i < to; i++) {
            numerators += points.get(i).numerator();
            denominators += points.get(i).denominator();
        }
        return numerators / denominators;
    }

    /** σ of one month: √(p̄(1 − p̄)/n) for proportions, √(ū/n) for rates per unit. */
    private static double binomialOrPoisson(ChartType type, double rate, double denominator) {
        return type == ChartType.P || type == ChartType.P_PRIME
                ? Math.sqrt(rate * (1 - rate) / denominator)
                : Math.sqrt(rate / denominator);
    }

    private static double mean(double[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum / (to - from);
    }

    private static double low(ChartType type, double line) {
        return type == ChartType.XMR ? line : Math.max(0, line);
    }

    private static double high(ChartType type, double line) {
        return type == ChartType.P || type == ChartType.P_PRIME ? Math.min(1, line) : line;
    }

    /** Index of each phase's first point: the first point, and the first point on or after each phase's month. */
    private static List<Integer> phaseStarts(List<Point> points, List<Phase> phases) {
        TreeSet<Integer> starts = new TreeSet<>();
        if (points.isEmpty()) {
            return List.of();
        }
        starts.add(0);
        for (Phase phase : phases) {
            for (int i = 0; i < points.size(); i++) {
                if (!points.get(i).month().isBefore(phase.from())) {
                    starts.add(i);
                    break;
                }
            }
        }
        return List.copyOf(starts);
    }
}
