package org.allteach.measures.ui;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.annotation.security.PermitAll;
import org.allteach.collaborative.CollaborativeStatus;
import org.allteach.collaborative.CollaborativeSummary;
import org.allteach.collaborative.Collaboratives;
import org.allteach.collaborative.Teams;
import org.allteach.identity.Accounts;
import org.allteach.measures.Dimension;
import org.allteach.measures.MeasureCharts;
import org.allteach.measures.MeasureData;
import org.allteach.measures.MeasureImport;
import org.allteach.measures.MeasureView;
import org.allteach.measures.Measures;
import org.allteach.measures.MonthValues;
import org.allteach.measures.Strata;
import org.allteach.measures.TimelineMarkerSource;
import org.allteach.measures.analysis.DataKind;
import org.allteach.measures.analysis.Point;
import org.allteach.measures.analysis.SignalWords;
import org.allteach.measures.ui.chart.ChartMarker;
import org.allteach.measures.ui.chart.ImprovementChart;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.ui.ArchiveNotice;
import org.allteach.shared.ui.Dates;
import org.allteach.shared.ui.Downloads;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.shared.ui.PageHeader;
import org.springframework.security.access.AccessDeniedException;

/**
 * A team's measure: its chart (run chart or control chart) with the signals in words, the months still missing, the
 * month entry grid (total and every stratum), and the strata with their gaps to the reference group
 * ({@link StrataSection}).
 */
@Route("measures/:measureId/teams/:teamId")
@PageTitle("Measure · AllTeach")
@StyleSheet("context://styles/measures.css")
@PermitAll
class TeamMeasureView extends Main implements BeforeEnterObserver {

    enum View { RUN_CHART, CONTROL_CHART }

    static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    private final Measures measures;
    private final MeasureData data;
    private final MeasureCharts charts;
    private final MeasureImport imports;
    private final Strata strata;
    private final Collaboratives collaboratives;
    private final Teams teams;
    private final Locale locale;
    private final List<TimelineMarkerSource> markerSources;
    private final Map<String, String> markerRoutes = new HashMap<>();

    private final PageHeader header = new PageHeader("Measure");
    private final Paragraph definition = new Paragraph();
    private final ArchiveNotice archived = new ArchiveNotice("This measure");
    final Select<View> view = new Select<>();
    final ImprovementChart chart = new ImprovementChart();
    final Div signals = new Div();
    final Button recalculate = new Button();
    final Paragraph missing = new Paragraph();
    final Select<YearMonth> month = new Select<>();
    final Map<String, Row> rows = new LinkedHashMap<>();
    final Checkbox astronomical = new Checkbox("Astronomical point (a known special cause, e.g. a system outage)");
    final Button save = new Button("Save month");
    final Map<Long, Span> dimensionErrors = new HashMap<>();
    private final Div grid = new Div();
    final StrataSection strataSection;
    final Upload upload = new Upload(this::receiveFile);
    final Div importOutcome = new Div();
    final Button importFile = new Button("Import");
    private final Div files = new Div();
    /** Month entry and backfill: for the team's members only (its coach and the organisers read the charts). */
    final Div entry = new Div();
    final Div backfill = new Div();
    private String uploaded;

    private MeasureView measure;
    private long teamId;
    /** The month as the grid read it, so a save over a colleague's newer values is refused. */
    private MonthValues loaded;
    private final ZoneId zone;
    final Paragraph recorded = new Paragraph();
    private MeasureCharts.MeasureChart current;

    /** One line of the entry grid: the total or one group. */
    record Row(String field, Long categoryId, BigDecimalField numerator, BigDecimalField denominator,
               BigDecimalField value) {
    }

    TeamMeasureView(Measures measures, MeasureData data, MeasureCharts charts, MeasureImport imports, Strata strata,
                    Collaboratives collaboratives, Teams teams, Accounts accounts,
                    List<TimelineMarkerSource> markerSources) {
        this.markerSources = markerSources;
        this.measures = measures;
        this.data = data;
        this.charts = charts;
        this.imports = imports;
        this.strata = strata;
        this.collaboratives = collaboratives;
        this.teams = teams;
        this.locale = accounts.myProfile().locale();
        this.zone = accounts.myProfile().timeZone();
        this.strataSection = new StrataSection(locale);
        addClassNames("page", "measure-page");
        definition.addClassName("measure-definition");
        view.setLabel("Chart");
        view.setItems(View.values());
        view.setItemLabelGenerator(v -> v == View.RUN_CHART ? "Run chart" : "Control chart");
        view.setValue(View.RUN_CHART);
        view.setWidth("14rem");
        view.addValueChangeListener(change -> drawTotal());
        chart.addMarkerClickListener(id -> {
            String route = markerRoutes.get(id);
            if (route != null) {
                getUI().ifPresent(ui -> ui.navigate(route));
            }
        });
        signals.addClassName("measure-signals");
        recalculate.setVisible(false);
        recalculate.addClickListener(click -> recalculate());
        missing.addClassName("measure-missing");
        month.setLabel("Month");
        month.setWidth("14rem");
        month.setItemLabelGenerator(m -> m.format(DateTimeFormatter.ofPattern("MMMM yyyy", locale)));
        month.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                fill(change.getValue());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("measure-save");
        save.addClickListener(click -> save());
        grid.addClassName("measure-entry");
        upload.setAcceptedFileExtensions(".csv", ".txt");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setDropLabel(new Span("Drop a CSV file of past months here"));
        importOutcome.addClassName("measure-import-outcome");
        importFile.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importFile.setVisible(false);
        importFile.addClickListener(click -> importUploaded());
        files.addClassName("measure-files");
        recorded.addClassName("measure-recorded");
        entry.add(new H2("Enter a month"), month, grid, astronomical, save, recorded);
        backfill.add(new H2("Backfill from a file"), new Paragraph("One row per month, measure and group, as in the "
                + "template. Every row is checked as a month entered above; you see what would be stored, or every "
                + "problem with its line, before anything is imported."), upload, importOutcome, importFile);
        add(header, archived, definition, view, chart, signals, recalculate, missing, entry, new H2("By group"), strataSection,
                backfill, files);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        long measureId = enter.getRouteParameters().getLong("measureId").orElse(-1L);
        teamId = enter.getRouteParameters().getLong("teamId").orElse(-1L);
        try {
            measure = measures.measure(measureId);
            current = charts.teamChart(measureId, teamId, locale);
        } catch (NoSuchElementException | AccessDeniedException notYours) {
            throw new NotFoundException();
        }
        String team = teams.names(List.of(teamId)).getOrDefault(teamId, "");
        header.setTitle(measure.details().name() + " · " + team);
        definition.setText(measure.details().operationalDefinition());
        CollaborativeSummary collaborative = collaboratives.summary(measure.details().collaborativeId());
        // a closed collaborative's measures are an archive: charts and downloads stay, entry goes
        boolean closed = collaborative.status() == CollaborativeStatus.ALUMNI;
        boolean member = data.isInTeam(teamId) && !closed;
        archived.setVisible(closed);
        entry.setVisible(member);
        backfill.setVisible(member);
        buildGrid();
        List<YearMonth> months = new ArrayList<>();
        YearMonth last = data.currentMonth();
        if (collaborative.endDate() != null && YearMonth.from(collaborative.endDate()).isBefore(last)) {
            last = YearMonth.from(collaborative.endDate());
        }
        for (YearMonth m = last; !m.isBefore(YearMonth.from(collaborative.startDate())); m = m.minusMonths(1)) {
            months.add(m);
        }
        month.setItems(months);
        files.removeAll();
        YearMonth templateMonth = data.currentMonth().minusMonths(1);
        files.add(new Anchor(Downloads.csv("measures-template.csv", () -> imports.template(teamId, templateMonth)),
                "Download the template"), new Anchor(Downloads.csv("measures.csv", () -> imports.export(teamId)),
                "Download the team's values (CSV)"));
        redraw();
        // The month to enter next: the earliest one not reported yet, else the last complete month.
        Set<YearMonth> reported = current.total().series().points().stream().map(Point::month)
                .collect(Collectors.toSet());
        if (member) {
            month.setValue(months.reversed().stream().filter(m -> !reported.contains(m) && m.isBefore(data.currentMonth()))
                    .findFirst().orElse(months.size() > 1 ? months.get(1) : months.isEmpty() ? null
                            : months.getFirst()));
        }
    }

    private void redraw() {
        drawTotal();
        CollaborativeSummary collaborative = collaboratives.summary(measure.details().collaborativeId());
        Set<YearMonth> reported = current.total().series().points().stream().map(Point::month)
                .collect(Collectors.toSet());
        List<String> notReported = new ArrayList<>();
        YearMonth lastComplete = data.currentMonth().minusMonths(1);
        for (YearMonth m = YearMonth.from(collaborative.startDate()); !m.isAfter(lastComplete); m = m.plusMonths(1)) {
            if (!reported.contains(m)) {
                notReported.add(m.format(DateTimeFormatter.ofPattern("MMM yyyy", locale)));
            }
        }
        missing.setText(notReported.isEmpty() ? "Every month so far is reported."
                : "Not reported yet: " + String.join(", ", notReported) + ".");
        missing.getElement().setAttribute("data-late", String.valueOf(!notReported.isEmpty()));
        strataSection.show(measure, current.strata(), current.suppressionThreshold());
    }

    private void drawTotal() {
        if (current == null) {
            return;
        }
        List<ChartMarker> markers = markers();
        chart.setModel(view.getValue() == View.CONTROL_CHART
                ? ChartModels.controlChart(measure, current.total(), markers)
                : ChartModels.runChart(measure, current.total(), markers));
        signals.removeAll();
        List<String> words = (view.getValue() == View.CONTROL_CHART ? current.total().spc().signals()
                : current.total().runChart().signals()).stream()
                .map(signal -> SignalWords.describe(signal, current.total().series(), locale)).toList();
        if (words.isEmpty()) {
            signals.add(new Paragraph(current.total().series().points().size() < 10
                    ? "No signal so far. The runs rule needs 10 months; shifts, trends and points beyond the limits "
                    + "are read from the first months."
                    : "No signal: the variation looks random so far."));
        }
        words.forEach(text -> signals.add(new Paragraph(text)));
        // After a sustained shift the old limits no longer describe the process (QI Macros' "recalculate limits").
        Optional<YearMonth> suggested = current.total().spc().suggestedRecalculation();
        recalculate.setVisible(view.getValue() == View.CONTROL_CHART && suggested.isPresent()
                && !archived.isVisible());
        suggested.ifPresent(from -> recalculate.setText("Recalculate the limits from "
                + from.format(DateTimeFormatter.ofPattern("MMMM yyyy", locale))));
    }

    private void recalculate() {
        current.total().spc().suggestedRecalculation().ifPresent(from -> {
            try {
                data.recalculateFrom(measure.id(), teamId, from, "After a sustained shift");
            } catch (InvalidInput invalid) {
                FieldErrors.show(invalid, Map.of());
                return;
            }
            current = charts.teamChart(measure.id(), teamId, locale);
            redraw();
        });
    }

    /** The changes tested, from every feature that marks the timeline; a click opens one. */
    private List<ChartMarker> markers() {
        markerRoutes.clear();
        List<ChartMarker> markers = new ArrayList<>();
        for (TimelineMarkerSource source : markerSources) {
            for (TimelineMarkerSource.TimelineMarker marker : source.markers(teamId, measure.id())) {
                markerRoutes.put(marker.id(), marker.route());
                markers.add(new ChartMarker(marker.id(), marker.month(), marker.label(), marker.title()));
            }
        }
        return markers;
    }

    private void buildGrid() {
        grid.removeAll();
        rows.clear();
        dimensionErrors.clear();
        boolean ratio = measure.details().kind() == DataKind.PROPORTION || measure.details().kind() == DataKind.RATE;
        Div head = new Div(new Span("Group"), new Span(ratio ? "Numerator" : "Value"),
                new Span(ratio ? "Denominator" : ""));
        head.addClassName("measure-entry-head");
        grid.add(head);
        addRow("Total", "total", null, ratio);
        for (Dimension dimension : strata.dimensions(measure.details().collaborativeId())) {
            if (!measure.details().dimensionIds().contains(dimension.id())) {
                continue;
            }
            Span title = new Span(dimension.name());
            title.addClassName("measure-entry-dimension");
            Span error = new Span();
            error.addClassName("measure-entry-error");
            dimensionErrors.put(dimension.id(), error);
            grid.add(new Div(title, error));
            for (Dimension.Category category : dimension.categories()) {
                addRow(category.label(), "stratum:" + category.id(), category.id(), ratio);
            }
        }
    }

    private void addRow(String label, String field, Long categoryId, boolean ratio) {
        BigDecimalField numerator = ratio ? field(label + " numerator") : null;
        BigDecimalField denominator = ratio ? field(label + " denominator") : null;
        BigDecimalField value = ratio ? null : field(label + " value");
        Div line = new Div(new Span(label));
        line.addClassName("measure-entry-row");
        if (ratio) {
            line.add(numerator, denominator);
        } else {
            line.add(value);
        }
        grid.add(line);
        rows.put(field, new Row(field, categoryId, numerator, denominator, value));
    }

    private static BigDecimalField field(String label) {
        BigDecimalField field = new BigDecimalField();
        field.setAriaLabel(label);
        field.addClassName("measure-entry-field");
        return field;
    }

    private void fill(YearMonth chosen) {
        MonthValues values = data.month(measure.id(), teamId, chosen);
        loaded = values;
        recorded.setText(values.recorded() == null ? "Not entered yet." : "Entered by " + values.recorded().by()
                + " on " + Dates.format(LocalDate.ofInstant(values.recorded().at(), zone), locale) + ".");
        rows.values().forEach(row -> {
            MonthValues.Entry entry = row.categoryId() == null ? values.total() : values.strata().get(row.categoryId());
            set(row.numerator(), entry == null ? null : entry.numerator());
            set(row.denominator(), entry == null ? null : entry.denominator());
            set(row.value(), entry == null ? null : entry.value());
        });
        astronomical.setValue(values.astronomical());
        clearErrors();
    }

    private static void set(BigDecimalField field, BigDecimal value) {
        if (field != null) {
            field.setValue(value == null ? null : value.stripTrailingZeros());
        }
    }

    private void save() {
        clearErrors();
        Map<Long, MonthValues.Entry> byCategory = new HashMap<>();
        MonthValues.Entry total = null;
        for (Row row : rows.values()) {
            MonthValues.Entry entry = new MonthValues.Entry(value(row.numerator()), value(row.denominator()),
                    value(row.value()));
            if (row.categoryId() == null) {
                total = entry;
            } else {
                byCategory.put(row.categoryId(), entry);
            }
        }
        try {
            data.recordOver(measure.id(), teamId, month.getValue(), loaded, new MonthValues(total, byCategory,
                    astronomical.getValue()));
        } catch (InvalidInput invalid) {
            Map<String, HasValidation> fields = new HashMap<>();
            rows.forEach((field, row) -> fields.put(field, row.numerator() != null ? row.numerator() : row.value()));
            fields.put("month", month);
            invalid.fieldErrors().forEach((field, message) -> {
                if (field.startsWith("dimension:")) {
                    Span error = dimensionErrors.get(Long.parseLong(field.substring("dimension:".length())));
                    if (error != null) {
                        error.setText(message);
                    }
                }
            });
            Map<String, String> others = new LinkedHashMap<>(invalid.fieldErrors());
            others.keySet().removeIf(field -> field.startsWith("dimension:"));
            if (!others.isEmpty()) {
                FieldErrors.show(new InvalidInput(others), fields);
            }
            return;
        }
        FieldErrors.Notifications.success("Saved. The chart shows the month.");
        fill(month.getValue());
        current = charts.teamChart(measure.id(), teamId, locale);
        redraw();
    }

    private void receiveFile(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = in.readNBytes(MAX_FILE_BYTES + 1);
        }
        if (content.length > MAX_FILE_BYTES) {
            event.reject("Too large");
            return;
        }
        String text = new String(content, StandardCharsets.UTF_8);
        MeasureImport.Preview preview = imports.preview(teamId, text);
        ui.access(() -> showPreview(text, preview));
    }

    void showPreview(String text, MeasureImport.Preview preview) {
        importOutcome.removeAll();
        uploaded = preview.importable() ? text : null;
        importFile.setVisible(preview.importable());
        if (!preview.problems().isEmpty()) {
            UnorderedList problems = new UnorderedList();
            preview.problems().forEach(problem -> problems.add(new ListItem("Line " + problem.line() + ": "
                    + problem.message())));
            importOutcome.add(new Paragraph("Nothing can be imported yet. Fix these lines and upload the file "
                    + "again:"), problems);
        } else if (preview.months().isEmpty()) {
            importOutcome.add(new Paragraph("The file has no values below its header."));
        } else {
            importOutcome.add(new Paragraph(preview.months().size() + " months ready to import (they replace what "
                    + "is there for those months): " + preview.months().stream().map(m -> m.measure() + " "
                    + m.month()).collect(Collectors.joining(", ")) + "."));
            importFile.setText("Import " + preview.months().size() + " months");
        }
    }

    private void importUploaded() {
        if (uploaded == null) {
            return;
        }
        try {
            List<MeasureImport.ImportedMonth> done = imports.importFile(teamId, uploaded);
            FieldErrors.Notifications.success(done.size() + " months imported.");
            uploaded = null;
            importFile.setVisible(false);
            importOutcome.removeAll();
            upload.clearFileList();
            current = charts.teamChart(measure.id(), teamId, locale);
            redraw();
        } catch (MeasureImport.ImportRejected rejected) {
            showPreview(null, new MeasureImport.Preview(List.of(), rejected.problems()));
        }
    }

    private void clearErrors() {
        dimensionErrors.values().forEach(error -> error.setText(""));
        rows.values().forEach(row -> {
            for (BigDecimalField field : new BigDecimalField[] {row.numerator(), row.denominator(), row.value()}) {
                if (field != null) {
                    field.setInvalid(false);
                }
            }
        });
    }

    private static BigDecimal value(BigDecimalField field) {
        return field == null ? null : field.getValue();
    }
}
