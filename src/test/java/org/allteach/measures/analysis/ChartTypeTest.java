package org.allteach.measures.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Which chart a series gets: P for proportions, U for rates, C for counts, XMR for means, and Laney's prime variants
 * when denominators average 1,000 or more and σz (Laney 2002) exceeds 1.2 (decision 0026).
 */
class ChartTypeTest {

    @Test
    void eachKindGetsItsChart() {
        assertThat(ChartType.suggested(Data.means(Direction.UP, 1, 2, 3))).isEqualTo(ChartType.XMR);
        assertThat(ChartType.suggested(Data.counts(1, 2, 3))).isEqualTo(ChartType.C);
        assertThat(ChartType.suggested(Data.proportions(Direction.UP, new double[] {1, 2}, new double[] {10, 10})))
                .isEqualTo(ChartType.P);
        assertThat(ChartType.suggested(Data.rates(1000, new double[] {1, 2}, new double[] {900, 800})))
                .isEqualTo(ChartType.U);
    }

    @Test
    void largeOverDispersedDenominatorsGetTheLaneyChart() {
        // 1,000 and 1,200 of 10,000 alternating: p̄ = 0.11, σp = 0.00313, z = ±3.2, moving ranges 6.4, σz = 5.7.
        double[] alternating = {1000, 1200, 1000, 1200, 1000, 1200, 1000, 1200, 1000, 1200, 1000, 1200};
        double[] steady = Data.repeat(1100, 12);
        double[] large = Data.repeat(10_000, 12);
        double[] small = Data.repeat(999, 12);

        assertThat(ChartType.suggested(Data.proportions(Direction.UP, alternating, large))).isEqualTo(ChartType.P_PRIME);
        assertThat(ChartType.suggested(Data.rates(1000, alternating, large))).isEqualTo(ChartType.U_PRIME);
        assertThat(ChartType.suggested(Data.proportions(Direction.UP, steady, large))).isEqualTo(ChartType.P);
        // Below 1,000 on average: the plain chart, however spread out (here 100 and 120 of 999).
        double[] tenth = {100, 120, 100, 120, 100, 120, 100, 120, 100, 120, 100, 120};
        assertThat(ChartType.suggested(Data.proportions(Direction.UP, tenth, small))).isEqualTo(ChartType.P);
    }

    @Test
    void whatHappensAfterTheBaselineDoesNotTurnTheChartPrime() {
        // 12 steady baseline months of 1,100 in 10,000, then 12 months swinging between 1,000 and 1,200: over the
        // whole series σz is about 2.9, but the prime decision (like the prime limits) reads the baseline: σz 0.
        double[] shifted = new double[24];
        for (int i = 0; i < 24; i++) {
            shifted[i] = i < 12 ? 1100 : i % 2 == 0 ? 1000 : 1200;
        }
        Series series = Data.proportions(Direction.UP, shifted, Data.repeat(10_000, 24));

        assertThat(ChartType.suggested(series)).isEqualTo(ChartType.P_PRIME);
        assertThat(ChartType.suggested(series, 12)).isEqualTo(ChartType.P);
    }

    @Test
    void tooFewPointsToEstimateSigmaZKeepThePlainChart() {
        double[] alternating = {1000, 1200, 1000, 1200, 1000, 1200, 1000, 1200, 1000};
        assertThat(ChartType.suggested(Data.proportions(Direction.UP, alternating, Data.repeat(10_000, 9))))
                .isEqualTo(ChartType.P);
    }

    @Test
    void aChartMustFitTheKindOfData() {
        assertThatThrownBy(() -> Spc.analyse(Data.means(Direction.UP, 1, 2), ChartType.P, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Spc.analyse(Data.counts(1, 2, 3), ChartType.XMR, List.of()).points()).hasSize(3);
    }
}
