package org.allteach.credits.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.allteach.collaborative.CollaborativeSummary;
import org.allteach.collaborative.Collaboratives;
import org.allteach.credits.CreditReport;
import org.allteach.credits.CreditReports;
import org.allteach.credits.CreditType;
import org.allteach.credits.ReportPeriod;
import org.allteach.identity.Accounts;
import org.allteach.identity.Roles;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.ui.Downloads;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.shared.ui.PageHeader;

/**
 * The CE office's reports for one collaborative an organiser runs ({@code ?collaborative=id}, else their first): a
 * period (this year by default), credit by activity, by team and by credit type, and the two CSV downloads.
 */
@Route("credits/reports")
@PageTitle("CE reports · AllTeach")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER})
@StyleSheet("context://styles/credits.css")
class ReportsView extends Main implements BeforeEnterObserver {

    static final String CUSTOM = "Custom dates";

    private final CreditReports reports;
    private final List<CollaborativeSummary> organised;
    private final DateTimeFormatter dayFormat;

    final Select<CollaborativeSummary> collaborative = new Select<>();
    final Select<String> quickPeriod = new Select<>();
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Anchor accreditorCsv;
    final Anchor claimsCsv;
    final Div summary = new Div();
    final Div tabs = new Div();
    TabSheet sheet;
    final Paragraph empty = new Paragraph();
    Grid<CreditReport.ByActivity> byActivity;
    Grid<CreditReport.ByTeam> byTeam;
    Grid<CreditReport.ByType> byType;

    private Map<String, ReportPeriod> periods = Map.of();
    private CreditReport report;
    private boolean picking;

    ReportsView(CreditReports reports, Collaboratives collaboratives, Accounts accounts) {
        this.reports = reports;
        this.organised = collaboratives.organisedByMe();
        this.dayFormat = DateTimeFormatter.ofPattern("MMM d, uuuu", accounts.myProfile().locale());
        addClassNames("page", "ce-reports");
        add(new PageHeader("CE reports"), new Paragraph("What your collaborative's learners attended and claimed,"
                + " for the CE office and the accreditor's annual report."));

        collaborative.setLabel("Collaborative");
        collaborative.setItemLabelGenerator(CollaborativeSummary::name);
        collaborative.setItems(organised);
        collaborative.setVisible(organised.size() > 1);
        collaborative.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                choose(change.getValue());
            }
        });
        quickPeriod.setLabel("Period");
        quickPeriod.setWidth("13em");
        quickPeriod.addValueChangeListener(change -> {
            ReportPeriod period = periods.get(change.getValue());
            if (period != null && !picking) {
                picking = true;
                from.setValue(period.from());
                to.setValue(period.to());
                picking = false;
                refresh();
            }
        });
        for (DatePicker date : List.of(from, to)) {
            date.setLocale(accounts.myProfile().locale());
            date.addValueChangeListener(change -> {
                if (!picking) {
                    picking = true;
                    quickPeriod.setValue(periods.entrySet().stream()
                            .filter(p -> p.getValue().equals(new ReportPeriod(from.getValue(), to.getValue())))
                            .map(Map.Entry::getKey).findFirst().orElse(CUSTOM));
                    picking = false;
                    refresh();
                }
            });
        }
        accreditorCsv = download("Accreditor report (CSV)", "ce-accreditor-report",
                () -> reports.accreditorCsv(chosenId(), period()));
        claimsCsv = download("Claims (CSV)", "ce-claims", () -> reports.claimsCsv(chosenId(), period()));
        Span spacer = new Span();
        spacer.addClassName("spacer");
        Div downloads = new Div(accreditorCsv, claimsCsv);
        downloads.addClassName("ce-report-downloads");
        Div controls = new Div(collaborative, quickPeriod, from, to, spacer, downloads);
        controls.addClassName("ce-report-controls");
        summary.addClassName("ce-report-summary");
        empty.addClassName("ce-report-empty");
        tabs.addClassName("ce-report-tabs");
        add(controls, summary, empty, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        List<String> asked = enter.getLocation().getQueryParameters().getParameters()
                .getOrDefault("collaborative", List.of());
        CollaborativeSummary chosen = organised.stream()
                .filter(c -> asked.isEmpty() || asked.getFirst().equals(String.valueOf(c.id()))).findFirst()
                .orElseThrow(NotFoundException::new);
        collaborative.setValue(chosen);
        choose(chosen);
    }

    private void choose(CollaborativeSummary chosen) {
        periods = reports.quickPeriods(chosen.id());
        List<String> names = new java.util.ArrayList<>(periods.keySet());
        names.add(CUSTOM);
        picking = true;
        quickPeriod.setItems(names);
        quickPeriod.setValue(names.getFirst());
        from.setValue(periods.get(names.getFirst()).from());
        to.setValue(periods.get(names.getFirst()).to());
        picking = false;
        refresh();
    }

    private long chosenId() {
        return collaborative.getValue().id();
    }

    private ReportPeriod period() {
        return new ReportPeriod(from.getValue(), to.getValue());
    }

    /** Shows the report for the chosen collaborative and period; a period the service refuses is marked on "To". */
    void refresh() {
        FieldErrors.clear(Map.of("from", from, "to", to));
        try {
            report = reports.report(chosenId(), period());
        } catch (InvalidInput invalid) {
            FieldErrors.show(invalid, Map.of("period", to));
            // The files would be made for this period too, and refused while the download is served.
            accreditorCsv.setEnabled(false);
            claimsCsv.setEnabled(false);
            return;
        }
        tabs.removeAll();
        summary.removeAll();
        boolean nothing = report.isEmpty();
        empty.setVisible(nothing);
        empty.setText("Nobody attended or claimed credit between " + dayFormat.format(report.period().from())
                + " and " + dayFormat.format(report.period().to()) + ". Choose another period above.");
        tabs.setVisible(!nothing);
        summary.setVisible(!nothing);
        accreditorCsv.setEnabled(!nothing);
        claimsCsv.setEnabled(!nothing);
        if (nothing) {
            return;
        }
        CreditReport.Totals totals = report.totals();
        summary.add(stat(totals.attended(), "learners attended"), stat(totals.evaluated(), "evaluations"),
                stat(totals.claimed(), "learners claimed"), stat(totals.claims(), "credits claimed"));
        List<CreditType> types = report.creditTypes();
        byActivity = activityGrid(types);
        byTeam = teamGrid(types);
        byType = typeGrid();
        sheet = new TabSheet();
        sheet.setWidthFull();
        sheet.add("By activity", byActivity);
        sheet.add("By team", byTeam);
        sheet.add("By credit type", byType);
        tabs.add(sheet);
    }

    private Grid<CreditReport.ByActivity> activityGrid(List<CreditType> types) {
        Grid<CreditReport.ByActivity> grid = grid();
        Grid.Column<CreditReport.ByActivity> title = grid.addColumn(CreditReport.ByActivity::title)
                .setHeader("Activity").setComparator(CreditReport.ByActivity::title).setWidth("16rem").setFlexGrow(3);
        grid.addColumn(this::dates).setHeader("Held").setComparator(Comparator.comparing(
                CreditReport.ByActivity::firstHeld, Comparator.nullsLast(Comparator.naturalOrder())))
                .setWidth("10rem").setFlexGrow(0);
        FooterRow footer = grid.appendFooterRow();
        footer.getCell(title).setText("Total");
        CreditReport.Totals totals = report.totals();
        number(grid, footer, "Attended", CreditReport.ByActivity::attended, totals.attended());
        number(grid, footer, "Evaluations", CreditReport.ByActivity::evaluated, totals.evaluated());
        number(grid, footer, "Claimed", CreditReport.ByActivity::claimed, totals.claimed());
        hourColumns(grid, footer, types, CreditReport.ByActivity::hours);
        grid.setItems(report.activities());
        return grid;
    }

    private Grid<CreditReport.ByTeam> teamGrid(List<CreditType> types) {
        Grid<CreditReport.ByTeam> grid = grid();
        Grid.Column<CreditReport.ByTeam> name = grid.addColumn(CreditReport.ByTeam::teamName).setHeader("Team")
                .setComparator(CreditReport.ByTeam::teamName).setWidth("14rem").setFlexGrow(3);
        FooterRow footer = grid.appendFooterRow();
        footer.getCell(name).setText("Total");
        number(grid, footer, "Learners claimed", CreditReport.ByTeam::claimed, report.totals().claimed());
        hourColumns(grid, footer, types, CreditReport.ByTeam::hours);
        grid.setItems(report.teams());
        return grid;
    }

    private Grid<CreditReport.ByType> typeGrid() {
        Grid<CreditReport.ByType> grid = grid();
        Grid.Column<CreditReport.ByType> label = grid.addColumn(type -> type.type().label()).setHeader("Credit type")
                .setComparator(type -> type.type().label()).setWidth("16rem").setFlexGrow(3);
        FooterRow footer = grid.appendFooterRow();
        footer.getCell(label).setText("Total");
        number(grid, footer, "Learners", CreditReport.ByType::learners, report.totals().claimed());
        number(grid, footer, "Claims", CreditReport.ByType::claims, report.totals().claims());
        grid.addColumn(type -> hours(type.hours())).setHeader("Hours").setComparator(CreditReport.ByType::hours)
                .setTextAlign(ColumnTextAlign.END).setWidth("7.5rem").setFlexGrow(0);
        grid.setItems(report.types());
        return grid;
    }

    private static <T> Grid<T> grid() {
        Grid<T> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addClassName("ce-report-grid");
        return grid;
    }

    private static <T> void number(Grid<T> grid, FooterRow footer, String header, Function<T, Integer> value,
                                   int total) {
        Grid.Column<T> column = grid.addColumn(value::apply).setHeader(header).setComparator(value::apply)
                .setTextAlign(ColumnTextAlign.END).setWidth("7.5rem").setFlexGrow(0);
        footer.getCell(column).setText(String.valueOf(total));
    }

    /** One column of hours per credit type claimed in the period, the type's total in the footer. */
    private <T> void hourColumns(Grid<T> grid, FooterRow footer, List<CreditType> types,
                                 Function<T, Map<CreditType, BigDecimal>> hours) {
        for (CreditType type : types) {
            Function<T, BigDecimal> of = row -> hours.apply(row).getOrDefault(type, BigDecimal.ZERO);
            Grid.Column<T> column = grid.addColumn(row -> hours(of.apply(row))).setHeader(type.label() + " (h)")
                    .setComparator(of::apply).setTextAlign(ColumnTextAlign.END).setWidth("10rem").setFlexGrow(0);
            footer.getCell(column).setText(hours(report.totals().hours().getOrDefault(type, BigDecimal.ZERO)));
        }
    }

    private String dates(CreditReport.ByActivity activity) {
        if (activity.firstHeld() == null) {
            return "\u2013";
        }
        return activity.firstHeld().equals(activity.lastHeld()) ? dayFormat.format(activity.firstHeld())
                : dayFormat.format(activity.firstHeld()) + " \u2013 " + dayFormat.format(activity.lastHeld());
    }

    private static Component stat(int value, String label) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("ce-report-stat-value");
        Span what = new Span(label);
        what.addClassName("ce-report-stat-label");
        Div stat = new Div(number, what);
        stat.addClassName("ce-report-stat");
        return stat;
    }

    static String hours(BigDecimal hours) {
        return hours.signum() == 0 ? "0" : hours.stripTrailingZeros().toPlainString();
    }

    private Anchor download(String text, String name, Supplier<String> csv) {
        Anchor anchor = new Anchor(Downloads.csv(() -> name + "-" + from.getValue() + "-to-" + to.getValue() + ".csv",
                csv), "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(text));
        anchor.addClassName("ce-report-download");
        return anchor;
    }
}
