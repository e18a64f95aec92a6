package org.allteach.measures.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.allteach.shared.CsvCells;

/** What the chart sends to the browser and puts in its table and CSV, without a browser. */
class ChartJsonTest {

    private static final YearMonth JAN = YearMonth.of(2026, 1);

    /** Four months: February has no data, March is a signal, April astronomical; a limit stepping with n. */
    private static ChartModel model() {
        List<YearMonth> months = ChartModel.timeline(JAN, JAN.plusMonths(3));
        return new ChartModel("Teach-back", "Discharges", true, null, months,
                List.of(new ChartSeries("Ward 4", List.of(
                        new ChartPoint(JAN, 0.5, "20 of 40", false, false),
                        new ChartPoint(JAN.plusMonths(1), null, null, false, false),
                        new ChartPoint(JAN.plusMonths(2), 0.8125, "13 of 16", true, false),
                        new ChartPoint(JAN.plusMonths(3), 0.55, "11 of 20", false, true)))),
                List.of(ChartLine.level("Median", LineKind.CENTRE, JAN, JAN.plusMonths(3), 0.525),
                        new ChartLine("UCL", LineKind.LIMIT, JAN.plusMonths(2), List.of(0.8, 0.86))),
                List.of(new ChartPeriod("Baseline", JAN, JAN.plusMonths(1))),
                List.of(new ChartPhase(JAN.plusMonths(2), "Recalculated")),
                List.of(new ChartMarker("17", JAN.plusMonths(2), "PDSA 1", "=HYPERLINK(\"x\")")),
                "March is above the upper limit.");
    }

    @Test
    void monthsArePositionsOnTheTimelineAndValuesAreShownAsPercent() {
        JsonNode json = ChartJson.of(model(), Locale.US);

        assertThat(json.get("unit").asString()).isEqualTo("%");
        assertThat(json.get("months").toString()).isEqualTo("[\"Jan 2026\",\"Feb 2026\",\"Mar 2026\",\"Apr 2026\"]");
        JsonNode points = json.get("series").get(0).get("points");
        assertThat(json.get("series").get(0).get("panel").asString()).isEqualTo("measure");
        assertThat(points.get(0).get("at").asInt()).isZero();
        assertThat(points.get(0).get("value").asDouble()).isEqualTo(50.0);
        assertThat(points.get(0).get("detail").asString()).isEqualTo("20 of 40");
        assertThat(points.get(1).get("value").isNull()).as("a month without data is a gap").isTrue();
        assertThat(points.get(2).get("value").asDouble()).isEqualTo(81.25);
        assertThat(points.get(2).get("signal").asBoolean()).isTrue();
        assertThat(points.get(3).get("astronomical").asBoolean()).isTrue();
        assertThat(points.get(3).get("signal").asBoolean()).isFalse();
    }

    @Test
    void linesPeriodsPhasesAndMarkersSayWhereTheyStand() {
        JsonNode json = ChartJson.of(model(), Locale.US);

        JsonNode ucl = json.get("lines").get(1);
        assertThat(ucl.get("kind").asString()).isEqualTo("limit");
        assertThat(ucl.get("from").asInt()).isEqualTo(2);
        assertThat(ucl.get("values").toString()).isEqualTo("[80.0,86.0]");
        assertThat(json.get("lines").get(0).get("values").toString()).isEqualTo("[52.5,52.5,52.5,52.5]");
        assertThat(json.get("periods").get(0).toString()).isEqualTo("{\"label\":\"Baseline\",\"from\":0,\"to\":1}");
        assertThat(json.get("phases").get(0).toString()).isEqualTo("{\"label\":\"Recalculated\",\"at\":2}");
        assertThat(json.get("markers").get(0).toString())
                .isEqualTo("{\"id\":\"17\",\"at\":2,\"label\":\"PDSA 1\",\"title\":\"=HYPERLINK(\\\"x\\\")\"}");
    }

    @Test
    void gapValuesAreShownAsTheyCome() {
        ChartModel model = new ChartModel("Gap", "Controlled", true, "Gap (points)", List.of(JAN),
                List.of(new ChartSeries("Gap", Panel.GAP, List.of(ChartPoint.of(JAN, -12.5)))),
                List.of(ChartLine.level("Gap median", LineKind.CENTRE, Panel.GAP, JAN, JAN, -15)),
                List.of(), List.of(), List.of(), "");
        JsonNode json = ChartJson.of(model, Locale.US);
        assertThat(json.get("series").get(0).get("panel").asString()).isEqualTo("gap");
        assertThat(json.get("series").get(0).get("points").get(0).get("value").asDouble()).isEqualTo(-12.5);
        assertThat(json.get("lines").get(0).get("values").get(0).asDouble()).isEqualTo(-15.0);
        assertThat(json.get("gapLabel").asString()).isEqualTo("Gap (points)");
    }

    @Test
    void theTableHasAColumnPerSeriesAndLineAndTheChangesOfEachMonth() {
        ChartTable table = ChartTable.of(model(), Locale.US);

        assertThat(table.headers()).containsExactly("Month", "Ward 4 (%)", "Ward 4: counts", "Ward 4: signal",
                "Median (%)", "UCL (%)");
        assertThat(table.rows().get(1).cells()).containsExactly("Feb 2026", "", "", "", "52.5", "");
        assertThat(table.rows().get(2).cells())
                .containsExactly("Mar 2026", "81.25", "13 of 16", "Signal", "52.5", "80");
        assertThat(table.rows().get(3).cells().get(3)).isEqualTo("Astronomical");
        assertThat(table.rows().get(2).changes()).extracting(ChartMarker::id).containsExactly("17");
    }

    @Test
    void theCsvHoldsTheTableAndKeepsFormulasAsText() {
        String[] lines = ChartTable.of(model(), Locale.US).csv().split("\r\n");

        assertThat(lines[0]).isEqualTo("Month,Ward 4 (%),Ward 4: counts,Ward 4: signal,Median (%),UCL (%),"
                + "Changes tested");
        assertThat(lines[3]).isEqualTo("Mar 2026,81.25,13 of 16,Signal,52.5,80,\"PDSA 1: =HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvCells.safe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(CsvCells.safe("-12.5")).as("a negative number stays a number").isEqualTo("-12.5");
        assertThat(CsvCells.safe("-cmd")).isEqualTo("'-cmd");
        assertThat(Arrays.stream(lines)).hasSize(5);
    }

    @Test
    void aMonthOffTheTimelineIsRefused() {
        assertThatThrownBy(() -> new ChartModel("Teach-back", "Discharges", false, null, List.of(JAN),
                List.of(new ChartSeries("Ward 4", List.of(ChartPoint.of(JAN.plusMonths(1), 3.0)))),
                List.of(), List.of(), List.of(), List.of(), ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-02");
    }

    @Test
    void aSmallMultipleSendsItsFixedRangesAsShownItsSizeAndEachGroupsStyle() {
        ChartModel base = model();
        ChartModel small = new ChartModel("Spanish", base.yLabel(), true, "Ratio", base.months(),
                List.of(new ChartSeries("Spanish", Panel.MEASURE, base.series().getFirst().points(), 1),
                        new ChartSeries("Ratio to English", Panel.GAP, List.of(new ChartPoint(JAN, 0.62, null,
                                false, false)), 1)),
                List.of(), List.of(), List.of(), List.of(), "", new ChartDisplay(new ValueRange(0.3, 0.9),
                new ValueRange(0.5, 1), true, true));

        JsonNode json = ChartJson.of(small, Locale.US);

        assertThat(json.get("compact").asBoolean()).isTrue();
        assertThat(json.get("gapRatio").asBoolean()).isTrue();
        assertThat(json.get("yMin").asDouble()).as("percent, like the values").isEqualTo(30.0);
        assertThat(json.get("yMax").asDouble()).isEqualTo(90.0);
        assertThat(json.get("gapMin").asDouble()).as("gap values are sent as they are").isEqualTo(0.5);
        assertThat(json.get("series").get(1).get("style").asInt()).isEqualTo(1);
        assertThat(ChartJson.of(base, Locale.US).has("yMin")).as("a chart that fits its data").isFalse();
        assertThat(ChartJson.of(base, Locale.US).get("series").get(0).has("style")).isFalse();
    }
}
