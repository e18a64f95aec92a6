package org.allteach.measures.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTable;
import org.junit.jupiter.api.Test;

/** The component on the server side, without a browser: its data table, its words for screen readers, its listeners. */
@ViewPackages(classes = ImprovementChartTestView.class)
class ImprovementChartTest extends BrowserlessTest {

    @Test
    void theDataTableIsHiddenUntilToggledAndListsEveryMonth() {
        ImprovementChart chart = new ImprovementChart();
        chart.setModel(ImprovementChartTestView.runChart());

        NativeTable table = table(chart);
        assertThat(table.isVisible()).isFalse();
        chart.showTable(true);
        assertThat(table.isVisible()).isTrue();
        assertThat(table.getBody().getRowCount()).isEqualTo(24);
        assertThat(table.getCaptionText()).startsWith("Patients screened for social needs. Shift since February 2026");
    }

    @Test
    void theChartIsDescribedInWordsForScreenReaders() {
        ImprovementChart chart = new ImprovementChart();
        chart.setModel(ImprovementChartTestView.pChart());

        Component canvas = chart.getContent().getChildren().toList().get(1);
        assertThat(canvas.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(canvas.getElement().getAttribute("aria-label")).isEqualTo("Discharges with teach-back (p-chart). "
                + "August 2025 is above the upper control limit: a special cause. Limits recalculated from March "
                + "2026 after a sustained shift. The numbers are in the data table.");
    }

    @Test
    void aChangeInTheDataTableOpensLikeItsMarker() {
        ImprovementChart chart = new ImprovementChart();
        chart.setModel(ImprovementChartTestView.runChart());
        List<String> opened = new ArrayList<>();
        chart.addMarkerClickListener(opened::add);
        UI.getCurrent().add(chart);
        chart.showTable(true);

        Button change = buttons(table(chart)).stream()
                .filter(button -> button.getText().equals("PDSA 2: Community health worker calls")).findFirst()
                .orElseThrow();
        test(change).click();
        assertThat(opened).containsExactly("pdsa-2");
    }

    @Test
    void aNewModelReplacesTheTable() {
        ImprovementChart chart = new ImprovementChart();
        chart.setModel(ImprovementChartTestView.runChart());
        chart.setModel(ImprovementChartTestView.strataChart());

        assertThat(table(chart).getBody().getRowCount()).isEqualTo(18);
        assertThat(table(chart).getHead().getRowCount()).isEqualTo(1);
    }

    private static NativeTable table(ImprovementChart chart) {
        return (NativeTable) chart.getContent().getChildren().filter(NativeTable.class::isInstance).findFirst()
                .orElseThrow();
    }

    private static List<Button> buttons(Component root) {
        List<Button> found = new ArrayList<>();
        root.getChildren().forEach(child -> {
            if (child instanceof Button button) {
                found.add(button);
            }
            found.addAll(buttons(child));
        });
        return found;
    }
}
