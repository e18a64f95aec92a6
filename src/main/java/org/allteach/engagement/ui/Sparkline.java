package org.allteach.engagement.ui;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Html;

/**
 * A tiny inline SVG line of monthly numbers, so a trend reads at a glance beside this month's figure. A plain SVG,
 * not the measures' ECharts component: a chart instance per grid row would be heavy for a line this small. The SVG sits
 * in a span because an {@code Html} root is created as an HTML element, and an {@code <svg>} made so does not draw.
 */
final class Sparkline {

    static final int WIDTH = 56;
    static final int HEIGHT = 18;

    private Sparkline() {
    }

    static Html of(List<Integer> values, String label) {
        int max = Math.max(1, values.stream().mapToInt(Integer::intValue).max().orElse(0));
        int n = values.size();
        double step = n <= 1 ? 0 : (WIDTH - 4.0) / (n - 1);
        String points = IntStream.range(0, n)
                .mapToObj(i -> point(2 + i * step, y(values.get(i), max)))
                .collect(Collectors.joining(" "));
        double lastX = 2 + (n - 1) * step;
        String svg = "<svg width=\"" + WIDTH + "\" height=\"" + HEIGHT + "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT
                + "\" aria-hidden=\"true\">"
                + "<polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" stroke-linejoin=\"round\""
                + " points=\"" + points + "\"/>"
                + (n == 0 ? "" : "<circle cx=\"" + format(lastX) + "\" cy=\"" + format(y(values.getLast(), max))
                + "\" r=\"2\" fill=\"currentColor\"/>")
                + "</svg>";
        return new Html("<span class=\"sparkline\" role=\"img\" title=\"" + escape(label) + "\" aria-label=\""
                + escape(label) + "\">" + svg + "</span>");
    }

    private static double y(int value, int max) {
        return HEIGHT - 2 - (HEIGHT - 4.0) * value / max;
    }

    private static String point(double x, double y) {
        return format(x) + "," + format(y);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
