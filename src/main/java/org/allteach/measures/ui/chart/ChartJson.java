package org.allteach.measures.ui.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The model as the browser script (frontend/scripts/improvement-chart.js) reads it. Positions on the timeline are
 * month indexes; values are already scaled for display (percent × 100) and month names are in the viewer's locale,
 * so the script only draws.
 */
final class ChartJson {

    private ChartJson() {
    }

    static ObjectNode of(ChartModel model, Locale locale) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("title", model.title());
        json.put("yLabel", model.yLabel());
        json.put("unit", model.percent() ? "%" : "");
        json.put("gapLabel", model.gapLabel());
        json.put("description", model.description());
        ChartDisplay display = model.display();
        json.put("compact", display.compact());
        json.put("gapRatio", display.gapRatio());
        if (display.measureRange() != null) {
            json.put("yMin", shown(model, Panel.MEASURE, display.measureRange().min()));
            json.put("yMax", shown(model, Panel.MEASURE, display.measureRange().max()));
        }
        if (display.gapRange() != null) {
            json.put("gapMin", shown(model, Panel.GAP, display.gapRange().min()));
            json.put("gapMax", shown(model, Panel.GAP, display.gapRange().max()));
        }
        ArrayNode months = json.putArray("months");
        model.months().forEach(month -> months.add(monthName(month, locale)));

        ArrayNode series = json.putArray("series");
        for (ChartSeries each : model.series()) {
            ObjectNode item = series.addObject();
            item.put("name", each.name());
            item.put("panel", panel(each.panel()));
            if (each.style() >= 0) {
                item.put("style", each.style());
            }
            ArrayNode points = item.putArray("points");
            for (ChartPoint point : each.points()) {
                ObjectNode node = points.addObject();
                node.put("at", model.indexOf(point.month()));
                putValue(node, "value", shown(model, each.panel(), point.value()));
                if (point.detail() != null) {
                    node.put("detail", point.detail());
                }
                node.put("signal", point.signal());
                node.put("astronomical", point.astronomical());
            }
        }

        ArrayNode lines = json.putArray("lines");
        for (ChartLine line : model.lines()) {
            ObjectNode item = lines.addObject();
            item.put("name", line.name());
            item.put("kind", line.kind().name().toLowerCase(Locale.ROOT));
            item.put("panel", panel(line.panel()));
            item.put("from", model.indexOf(line.from()));
            ArrayNode values = item.putArray("values");
            line.values().forEach(value -> addValue(values, shown(model, line.panel(), value)));
        }

        ArrayNode periods = json.putArray("periods");
        model.periods().forEach(period -> periods.addObject().put("label", period.label())
                .put("from", model.indexOf(period.from())).put("to", model.indexOf(period.to())));
        ArrayNode phases = json.putArray("phases");
        model.phases().forEach(phase -> phases.addObject().put("label", phase.label())
                .put("at", model.indexOf(phase.from())));
        ArrayNode markers = json.putArray("markers");
        model.markers().forEach(marker -> markers.addObject().put("id", marker.id())
                .put("at", model.indexOf(marker.month())).put("label", marker.label())
                .put("title", marker.title()));
        return json;
    }

    /** The value as the chart and its table show it: percentages × 100, rounded where the eye stops. */
    static Double shown(ChartModel model, Panel panel, Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return null;
        }
        double scaled = model.percent() && panel == Panel.MEASURE ? value * 100 : value;
        return BigDecimal.valueOf(scaled).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    static String monthName(YearMonth month, Locale locale) {
        return DateTimeFormatter.ofPattern("MMM yyyy", locale).format(month);
    }

    private static String panel(Panel panel) {
        return panel.name().toLowerCase(Locale.ROOT);
    }

    private static void putValue(ObjectNode node, String field, Double value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private static void addValue(ArrayNode values, Double value) {
        if (value == null) {
            values.addNull();
        } else {
            values.add(value);
        }
    }
}
