package org.allteach.measures.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import org.allteach.shared.ui.Downloads;

/**
 * A run chart or SPC chart drawn in the browser with ECharts (a WebJar; no frontend bundle rebuild, see
 * docs/decisions/0027-improvement-chart.md), with its numbers in a data table that can be shown for screen readers
 * and print, and exports as PNG (for storyboards) and CSV.
 */
@JavaScript("context://webjars/echarts/5.5.0/echarts.min.js")
@JavaScript("context://scripts/improvement-chart.js")
@StyleSheet("context://styles/improvement-chart.css")
public class ImprovementChart extends Composite<Div> {

    /** Numbers the data tables, so each toggle points at its own table (aria-controls). */
    private static final AtomicLong TABLES = new AtomicLong();

    private final Div canvas = new Div();
    private final Button tableToggle = new Button("Show data table", VaadinIcon.TABLE.create());
    private final Anchor csv = new Anchor(Downloads.csv("chart.csv", () -> this.model == null ? ""
            : ChartTable.of(this.model, locale()).csv()), "CSV");
    private final Button png = new Button("PNG", VaadinIcon.PICTURE.create(), click -> exportPng());
    private final NativeTable table = new NativeTable();
    private final List<SerializableConsumer<String>> markerListeners = new ArrayList<>();
    private final List<SerializableConsumer<ChartPointClick>> pointListeners = new ArrayList<>();
    private ChartModel model;

    public ImprovementChart() {
        Div root = getContent();
        root.addClassName("improvement-chart");
        canvas.addClassName("improvement-chart-canvas");
        canvas.getElement().setAttribute("role", "img");
        canvas.getElement().addEventListener("marker-click",
                        event -> markerClicked(event.getEventData().get("event.detail.id").asString()))
                .addEventData("event.detail.id");
        canvas.getElement().addEventListener("point-click", event -> pointClicked(
                        event.getEventData().get("event.detail.series").asInt(),
                        event.getEventData().get("event.detail.point").asInt()))
                .addEventData("event.detail.series").addEventData("event.detail.point");

        tableToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        tableToggle.addClickListener(click -> showTable(!table.isVisible()));
        png.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        png.getElement().setAttribute("title", "Download the chart as a picture, e.g. for a storyboard");
        csv.addClassName("improvement-chart-csv");
        csv.getElement().setAttribute("title", "Download the chart's numbers for a spreadsheet");
        Div tools = new Div(tableToggle, png, csv);
        tools.addClassName("improvement-chart-tools");

        table.addClassName("improvement-chart-table");
        table.setId("improvement-chart-table-" + TABLES.incrementAndGet());
        table.setVisible(false);
        tableToggle.getElement().setAttribute("aria-controls", table.getId().orElseThrow());
        tableToggle.getElement().setAttribute("aria-expanded", "false");
        root.add(tools, canvas, table);
    }

    /** Draws this model (again), and fills the data table and the CSV export with its numbers. */
    public void setModel(ChartModel model) {
        this.model = model;
        canvas.getElement().setAttribute("aria-label", model.title() + ". " + model.description()
                + (model.description().isEmpty() ? "" : " ") + "The numbers are in the data table.");
        fillTable();
        draw();
    }

    public ChartModel getModel() {
        return model;
    }

    /** Tells the listener the id of a PDSA cycle or change someone clicked on the chart or in the data table. */
    public Registration addMarkerClickListener(SerializableConsumer<String> listener) {
        markerListeners.add(listener);
        return () -> markerListeners.remove(listener);
    }

    /** Tells the listener which point someone clicked. */
    public Registration addPointClickListener(SerializableConsumer<ChartPointClick> listener) {
        pointListeners.add(listener);
        return () -> pointListeners.remove(listener);
    }

    /** Downloads the chart as it is drawn now, at twice its size on screen, as chart.png. */
    public void exportPng() {
        canvas.getElement().executeJs("window.allteachImprovementChart.exportPng(this, $0)", "chart.png");
    }

    /** Shows or hides the table of the chart's numbers. */
    public void showTable(boolean show) {
        table.setVisible(show);
        tableToggle.setText(show ? "Hide data table" : "Show data table");
        tableToggle.getElement().setAttribute("aria-expanded", Boolean.toString(show));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // Drawn again after the element is attached anew (navigation back, a reused view): the browser forgot it.
        draw();
    }

    private void draw() {
        if (model != null && isAttached()) {
            canvas.getElement().executeJs("window.allteachImprovementChart.draw(this, $0)",
                    ChartJson.of(model, locale()));
        }
    }

    private Locale locale() {
        Locale locale = getLocale();
        return locale == null ? Locale.US : locale;
    }

    private void fillTable() {
        ChartTable numbers = ChartTable.of(model, locale());
        // NativeTable keeps its head and body: empty them rather than the table, or new rows go nowhere.
        table.getHead().removeAllRows();
        table.getBody().removeAllRows();
        table.setCaptionText(model.title() + (model.description().isEmpty() ? "" : ". " + model.description()));
        NativeTableRow head = table.getHead().addRow();
        numbers.headers().forEach(header -> head.addHeaderCell().setText(header));
        if (numbers.hasChanges()) {
            head.addHeaderCell().setText(ChartTable.CHANGES);
        }
        for (ChartTable.Row row : numbers.rows()) {
            NativeTableRow line = table.getBody().addRow();
            line.addHeaderCell().setText(row.cells().getFirst());
            row.cells().stream().skip(1).forEach(cell -> line.addDataCell().setText(cell));
            if (numbers.hasChanges()) {
                NativeTableCell changes = line.addDataCell();
                // Buttons, so people who do not use a mouse can open a PDSA cycle too.
                row.changes().forEach(change -> {
                    Button open = new Button(change.label() + ": " + change.title(),
                            click -> markerClicked(change.id()));
                    open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                    changes.add(open);
                });
            }
        }
        table.getHead().getRows().forEach(row -> row.getHeaderCells()
                .forEach(cell -> cell.getElement().setAttribute("scope", "col")));
        table.getBody().getRows().forEach(row -> row.getHeaderCells()
                .forEach(cell -> cell.getElement().setAttribute("scope", "row")));
    }

    private void markerClicked(String id) {
        List.copyOf(markerListeners).forEach(listener -> listener.accept(id));
    }

    private void pointClicked(int series, int point) {
        if (model == null || series < 0 || series >= model.series().size()) {
            return;
        }
        ChartSeries clicked = model.series().get(series);
        if (point >= 0 && point < clicked.points().size()) {
            ChartPointClick click = new ChartPointClick(clicked, clicked.points().get(point));
            List.copyOf(pointListeners).forEach(listener -> listener.accept(click));
        }
    }
}
