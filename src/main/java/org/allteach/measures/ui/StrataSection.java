package org.allteach.measures.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.allteach.measures.MeasureCharts;
import org.allteach.measures.MeasureCharts.GapForm;
import org.allteach.measures.MeasureView;
import org.allteach.measures.analysis.DataKind;
import org.allteach.measures.analysis.SignalWords;
import org.allteach.measures.ui.chart.ImprovementChart;

/**
 * The "By group" section of a measure's page, for a team and for the collaborative alike: per dimension, its groups
 * overlaid or as small multiples on one scale, each group's gap to the reference group as a difference or a ratio,
 * what the gap's run-chart rules found in words (narrowing or widening), and which small groups are left out and why.
 * The choices stay while the page redraws after a save.
 */
class StrataSection extends Div {

    enum Layout { OVERLAY, SMALL_MULTIPLES }

    /** Below this many gap months the run-chart rules say little (they apply from 10 points on the team's chart). */
    private static final int READABLE_POINTS = 10;

    private final Locale locale;
    private final Map<String, Layout> layouts = new HashMap<>();
    private final Map<String, GapForm> gapForms = new HashMap<>();
    final Map<String, DimensionPanel> dimensions = new LinkedHashMap<>();

    StrataSection(Locale locale) {
        this.locale = locale;
        addClassName("measure-strata");
    }

    /** One dimension: its two choices, its chart or charts, the gaps in words and the small-number note. */
    static final class DimensionPanel extends Div {

        final RadioButtonGroup<Layout> layout = new RadioButtonGroup<>("Show");
        final RadioButtonGroup<GapForm> gapForm = new RadioButtonGroup<>("Gap as");
        final Div charts = new Div();
        final Div words = new Div();

        DimensionPanel(String dimension) {
            addClassName("measure-strata-dimension");
            layout.setItems(Layout.values());
            layout.setItemLabelGenerator(l -> l == Layout.OVERLAY ? "Overlay" : "Small multiples");
            gapForm.setItems(GapForm.values());
            gapForm.setItemLabelGenerator(f -> f == GapForm.DIFFERENCE ? "Difference" : "Ratio");
            Div choices = new Div(layout, gapForm);
            choices.addClassName("measure-strata-choices");
            words.addClassName("measure-gap-words");
            add(new H3(dimension), choices, charts, words);
        }

        List<ImprovementChart> charts() {
            return charts.getChildren().filter(ImprovementChart.class::isInstance).map(ImprovementChart.class::cast)
                    .toList();
        }
    }

    /** Shows the measure's strata, dimension by dimension; {@code threshold} is the small-number limit, 0 for none. */
    void show(MeasureView measure, List<MeasureCharts.Stratum> strata, int threshold) {
        removeAll();
        dimensions.clear();
        Map<String, List<MeasureCharts.Stratum>> byDimension = strata.stream().collect(Collectors.groupingBy(
                MeasureCharts.Stratum::dimension, LinkedHashMap::new, Collectors.toList()));
        byDimension.forEach((dimension, ofDimension) -> {
            DimensionPanel panel = new DimensionPanel(dimension);
            panel.layout.setValue(layouts.getOrDefault(dimension, Layout.OVERLAY));
            panel.gapForm.setValue(gapForms.getOrDefault(dimension, GapForm.DIFFERENCE));
            // A count has no gap (its groups differ in size, not only in how they do), so nothing to choose.
            panel.gapForm.setVisible(ofDimension.stream().anyMatch(s -> s.difference() != null));
            panel.layout.addValueChangeListener(change -> {
                layouts.put(dimension, change.getValue());
                draw(panel, measure, dimension, ofDimension);
            });
            panel.gapForm.addValueChangeListener(change -> {
                gapForms.put(dimension, change.getValue());
                draw(panel, measure, dimension, ofDimension);
            });
            draw(panel, measure, dimension, ofDimension);
            List<String> hidden = ofDimension.stream().filter(s -> !s.values().suppressed().isEmpty())
                    .map(s -> s.category() + " (" + s.values().suppressed().size() + " months)").toList();
            if (!hidden.isEmpty()) {
                Paragraph note = new Paragraph("Not shown: " + String.join(", ", hidden) + ". A group with fewer "
                        + "than " + threshold + " in a month stays within the team so nobody can be recognised, and so "
                        + "do the groups that would give it away by subtraction from the total"
                        + (measure.details().kind() == DataKind.MEAN ? "; a mean does not say how many it stands for, "
                        + "so its groups stay within the team." : "."));
                note.addClassName("measure-suppressed");
                panel.add(note);
            } else if (threshold == 0 && ofDimension.size() > 1) {
                // The team sees every group; its exports (PNG, CSV) do too, and storyboards travel.
                Paragraph note = new Paragraph("You see every group because you are in the team. Small groups are "
                        + "hidden from the coach and the organisers; check a picture or file of these charts before "
                        + "you share it beyond the team.");
                note.addClassName("measure-suppressed");
                panel.add(note);
            }
            dimensions.put(dimension, panel);
            add(panel);
        });
        if (byDimension.isEmpty()) {
            add(new Paragraph("No groups reported yet."));
        }
    }

    private void draw(DimensionPanel panel, MeasureView measure, String dimension,
                      List<MeasureCharts.Stratum> strata) {
        GapForm form = panel.gapForm.getValue();
        panel.charts.removeAll();
        panel.charts.setClassName("measure-small-multiples", panel.layout.getValue() == Layout.SMALL_MULTIPLES);
        if (panel.layout.getValue() == Layout.SMALL_MULTIPLES) {
            ChartModels.smallMultiples(measure, dimension, strata, form).forEach(model -> {
                ImprovementChart chart = new ImprovementChart();
                chart.setModel(model);
                panel.charts.add(chart);
            });
        } else {
            ImprovementChart chart = new ImprovementChart();
            chart.setModel(ChartModels.strata(measure, dimension, strata, form));
            panel.charts.add(chart);
        }
        panel.words.removeAll();
        gapWords(strata, form).forEach(text -> panel.words.add(new Paragraph(text)));
    }

    /** What the rules found on each group's gap, in the form chosen, or why there is nothing to read yet. */
    private List<String> gapWords(List<MeasureCharts.Stratum> strata, GapForm form) {
        List<String> words = new ArrayList<>();
        for (MeasureCharts.Stratum stratum : strata) {
            // Nothing to say of the reference, of a count (no gap) or of a group without a value (every denominator
            // 0 or left out as a small number, which the note below the charts explains).
            if (stratum.reference() || stratum.difference() == null || stratum.values().series().points().stream()
                    .allMatch(p -> Double.isNaN(p.value()))) {
                continue;
            }
            String gapTo = "gap to " + stratum.referenceCategory();
            MeasureCharts.Analysed gap = stratum.gap(form);
            if (gap == null) {
                words.add(stratum.category() + ": no ratio to " + stratum.referenceCategory() + " — the values "
                        + "include 0 or less, where a ratio means nothing; the difference shows the gap.");
            } else if (gap.series().points().isEmpty()) {
                words.add(stratum.category() + ": no months to compare with " + stratum.referenceCategory()
                        + " yet.");
            } else if (!gap.runChart().signals().isEmpty()) {
                gap.runChart().signals().forEach(signal -> words.add(SignalWords.describeGap(signal, gap.series(),
                        stratum.category(), stratum.referenceCategory(), locale)));
            } else if (gap.series().points().size() < READABLE_POINTS) {
                words.add(stratum.category() + ": too few months to read the " + gapTo + " yet; the rules apply "
                        + "from " + READABLE_POINTS + " points.");
            } else {
                words.add(stratum.category() + ": no signal — the " + gapTo + " is neither narrowing nor "
                        + "widening beyond chance so far.");
            }
        }
        return words;
    }
}
