package org.allteach.measures.ui.chart;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.allteach.shared.CsvCells;

/**
 * The chart's numbers as a table, month by month: what the data table shows to screen readers and on paper, and what
 * the CSV export holds. One source for both, so they never disagree.
 */
record ChartTable(List<String> headers, List<Row> rows, boolean hasChanges) {

    static final String CHANGES = "Changes tested";

    /** One month: its cells under {@link #headers()}, then the changes tested that month. */
    record Row(YearMonth month, List<String> cells, List<ChartMarker> changes) {

        String changesText() {
            return changes.stream().map(change -> change.label().equals(change.title()) ? change.label()
                    : change.label() + ": " + change.title()).collect(Collectors.joining("; "));
        }
    }

    static ChartTable of(ChartModel model, Locale locale) {
        List<String> headers = new ArrayList<>();
        headers.add("Month");
        List<Column> columns = new ArrayList<>();
        for (ChartSeries series : model.series()) {
            Map<YearMonth, ChartPoint> points = new LinkedHashMap<>();
            series.points().forEach(point -> points.put(point.month(), point));
            headers.add(series.name() + unit(model, series.panel()));
            columns.add(month -> text(ChartJson.shown(model, series.panel(),
                    points.containsKey(month) ? points.get(month).value() : null)));
            if (series.points().stream().anyMatch(point -> point.detail() != null)) {
                headers.add(series.name() + ": counts");
                columns.add(month -> points.containsKey(month) ? Objects.toString(points.get(month).detail(), "")
                        : "");
            }
            if (series.points().stream().anyMatch(point -> point.signal() || point.astronomical())) {
                headers.add(series.name() + ": signal");
                columns.add(month -> points.containsKey(month) ? flags(points.get(month)) : "");
            }
        }
        Map<String, List<ChartLine>> linesByName = new LinkedHashMap<>();
        // Sigma lines only draw the zones between centre and limits (a third and two thirds of the way), and a
        // constant such as "No gap" is the same every month: columns of them would say nothing.
        model.lines().stream().filter(line -> line.kind() != LineKind.SIGMA && !(line.kind() == LineKind.GOAL
                && line.panel() == Panel.GAP)).forEach(line -> linesByName
                .computeIfAbsent(line.name(), name -> new ArrayList<>()).add(line));
        linesByName.forEach((name, lines) -> {
            headers.add(name + unit(model, lines.getFirst().panel()));
            columns.add(month -> text(lines.stream().map(line -> ChartJson.shown(model, line.panel(),
                    line.valueIn(month))).filter(Objects::nonNull).findFirst().orElse(null)));
        });
        List<Row> rows = model.months().stream().map(month -> new Row(month,
                cells(ChartJson.monthName(month, locale), columns, month),
                model.markers().stream().filter(marker -> marker.month().equals(month)).toList())).toList();
        return new ChartTable(List.copyOf(headers), rows, !model.markers().isEmpty());
    }

    /** The table as a CSV file for spreadsheets: text cells that a spreadsheet would run as a formula stay text. */
    String csv() {
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT)) {
            List<String> head = new ArrayList<>(headers);
            if (hasChanges) {
                head.add(CHANGES);
            }
            printer.printRecord(head.stream().map(CsvCells::safe).toList());
            for (Row row : rows) {
                List<String> cells = new ArrayList<>(row.cells());
                if (hasChanges) {
                    cells.add(row.changesText());
                }
                printer.printRecord(cells.stream().map(CsvCells::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }

    private interface Column {
        String cell(YearMonth month);
    }

    private static List<String> cells(String monthName, List<Column> columns, YearMonth month) {
        List<String> cells = new ArrayList<>();
        cells.add(monthName);
        columns.forEach(column -> cells.add(column.cell(month)));
        return List.copyOf(cells);
    }

    private static String unit(ChartModel model, Panel panel) {
        return model.percent() && panel == Panel.MEASURE ? " (%)" : "";
    }

    private static String flags(ChartPoint point) {
        if (point.astronomical()) {
            return point.signal() ? "Signal, astronomical" : "Astronomical";
        }
        return point.signal() ? "Signal" : "";
    }

    private static String text(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
