package org.allteach.measures;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.measures.analysis.DataKind;
import org.allteach.measures.internal.MeasureDefinition;
import org.allteach.measures.internal.MeasureDefinitionRepository;
import org.allteach.measures.internal.MeasureValue;
import org.allteach.shared.CsvCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's backfill from a CSV file: one row per month, measure and group ("Total" or "Preferred language: Spanish"),
 * with numerator and denominator or value. Every row is checked as the entry grid checks a month; the preview lists
 * what would be stored or every problem with its line, and the import stores all of it or nothing.
 */
@Service
public class MeasureImport {

    static final List<String> HEADER = List.of("month", "measure", "group", "numerator", "denominator", "value");
    static final String TOTAL = "Total";
    static final int MAX_ROWS = 20_000;

    private final MeasureDefinitionRepository definitions;
    private final MeasureData data;
    private final CollaborativeAccess access;

    MeasureImport(MeasureDefinitionRepository definitions, MeasureData data, CollaborativeAccess access) {
        this.definitions = definitions;
        this.data = data;
        this.access = access;
    }

    /** A problem in one line of the file (line 1 is the header). */
    public record RowProblem(int line, String message) {
    }

    /** One month of one measure as the file gives it. */
    public record ImportedMonth(String measure, YearMonth month, MonthValues.Entry total, int groups) {
    }

    /** What an import would store, or why it cannot. */
    public record Preview(List<ImportedMonth> months, List<RowProblem> problems) {

        public boolean importable() {
            return problems.isEmpty() && !months.isEmpty();
        }
    }

    /** The file's months and problems; nothing is stored. */
    @Transactional(readOnly = true)
    public Preview preview(long teamId, String csv) {
        return read(teamId, csv).preview();
    }

    /**
     * Stores every month of the file, replacing what the team had for those months.
     *
     * @return the months stored
     * @throws ImportRejected with every problem when there is any; then nothing is stored
     */
    @Transactional
    public List<ImportedMonth> importFile(long teamId, String csv) {
        Parsed parsed = read(teamId, csv);
        access.requireTeamOpen(teamId);
        Preview preview = parsed.preview();
        if (!preview.importable()) {
            throw new ImportRejected(preview.problems().isEmpty()
                    ? List.of(new RowProblem(2, "The file has no values below its header.")) : preview.problems());
        }
        // A file has no column for astronomical points: the marks the team set on those months stay.
        parsed.months().forEach((key, month) -> data.store(key.measure(), teamId, key.month(), new MonthValues(
                month.values().total(), month.values().strata(), data.markedAstronomical(key.measure().getId(),
                teamId, key.month()))));
        return preview.months();
    }

    /** A template for the team: every measure it reports and its groups, for the month given. */
    @Transactional(readOnly = true)
    public String template(long teamId, YearMonth month) {
        if (!access.canSeeTeam(teamId)) {
            throw new NoSuchElementException("No team " + teamId);
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(
                String[]::new)).get())) {
            for (MeasureDefinition measure : definitions.findReportedBy(teamId)) {
                printer.printRecord(month, CsvCells.safe(measure.getName()), TOTAL, "", "", "");
                for (Dimension dimension : data.dimensionsOf(measure)) {
                    for (Dimension.Category category : dimension.categories()) {
                        printer.printRecord(month, CsvCells.safe(measure.getName()),
                                CsvCells.safe(dimension.name() + ": " + category.label()), "", "", "");
                    }
                }
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    /**
     * Everything the team reported, in the import format. For someone outside the team (its coach, the organisers)
     * the groups the charts hide are left out too ({@link SmallNumbers}).
     */
    @Transactional(readOnly = true)
    public String export(long teamId) {
        if (!access.canSeeTeam(teamId)) {
            throw new NoSuchElementException("No team " + teamId);
        }
        boolean inTeam = data.isInTeam(teamId);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(
                String[]::new)).get())) {
            for (MeasureDefinition measure : definitions.findReportedBy(teamId)) {
                Map<Long, String> groups = new HashMap<>();
                List<Dimension> dimensions = data.dimensionsOf(measure);
                dimensions.forEach(d -> d.categories().forEach(c -> groups.put(c.id(), d.name() + ": " + c.label())));
                List<MeasureValue> rows = data.rows(measure.getId(), teamId);
                Set<SmallNumbers.Cell> hidden = SmallNumbers.hidden(rows, dimensions, measure.getKind(),
                        inTeam ? 0 : data.smallNumberThreshold(measure.getCollaborativeId()));
                for (MeasureValue row : rows) {
                    if (row.getCategoryId() == null || !hidden.contains(new SmallNumbers.Cell(row.getCategoryId(),
                            YearMonth.from(row.getMonth())))) {
                        printer.printRecord(YearMonth.from(row.getMonth()), CsvCells.safe(measure.getName()),
                                row.getCategoryId() == null ? TOTAL : CsvCells.safe(groups.get(row.getCategoryId())),
                                plain(row.getNumerator()), plain(row.getDenominator()), plain(row.getValue()));
                    }
                }
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    /** The file could not be imported; nothing was stored. */
    public static class ImportRejected extends RuntimeException {

        private final List<RowProblem> problems;

        public ImportRejected(List<RowProblem> problems) {
            super(problems.size() + " problem(s) in the file");
            this.problems = List.copyOf(problems);
        }

        public List<RowProblem> problems() {
            return problems;
        }
    }

    private record MonthKey(MeasureDefinition measure, YearMonth month) {
    }

    /** A month being assembled from its rows, with the line of each field for the problems. */
    private static final class MonthRows {
        MonthValues.Entry total;
        final Map<Long, MonthValues.Entry> strata = new HashMap<>();
        final Map<String, Integer> lines = new HashMap<>();
        int firstLine;

        MonthValues values() {
            return new MonthValues(total == null ? new MonthValues.Entry(null, null, null) : total, strata, false);
        }
    }

    /**
     * A file as read.
     *
     * @param broken       months with a row that could not be read: checking them would only add noise
     * @param unattributed a row's month or measure could not be read, so any month may be missing a row
     */
    private record Parsed(Map<MonthKey, MonthRows> months, List<RowProblem> problems, MeasureData data,
                          Set<MonthKey> broken, boolean unattributed) {

        /** Every problem in one pass: the rows that cannot be read, and the checks of the months read whole. */
        Preview preview() {
            List<RowProblem> all = new ArrayList<>(problems);
            List<ImportedMonth> imported = new ArrayList<>();
            if (!unattributed) {
                months.forEach((key, rows) -> {
                    if (broken.contains(key)) {
                        return;
                    }
                    Map<String, String> found = data.problems(key.measure(), key.month(), rows.values());
                    found.forEach((field, message) -> all.add(new RowProblem(rows.lines.getOrDefault(field,
                            rows.firstLine), message)));
                    imported.add(new ImportedMonth(key.measure().getName(), key.month(), rows.values().total(),
                            rows.strata.size()));
                });
            }
            all.sort(Comparator.comparingInt(RowProblem::line));
            imported.sort(Comparator.comparing(ImportedMonth::measure).thenComparing(ImportedMonth::month));
            return new Preview(all.isEmpty() ? imported : List.of(), all);
        }
    }

    private Parsed read(long teamId, String csv) {
        data.requireInTeam(teamId);
        Map<String, MeasureDefinition> measures = new HashMap<>();
        Map<String, Map<String, Long>> groups = new HashMap<>();
        for (MeasureDefinition measure : definitions.findReportedBy(teamId)) {
            measures.put(key(measure.getName()), measure);
            Map<String, Long> categories = new HashMap<>();
            data.dimensionsOf(measure).forEach(d -> d.categories().forEach(c -> categories.put(
                    key(d.name() + ": " + c.label()), c.id())));
            groups.put(key(measure.getName()), categories);
        }
        Map<MonthKey, MonthRows> months = new LinkedHashMap<>();
        List<RowProblem> problems = new ArrayList<>();
        Set<MonthKey> broken = new HashSet<>();
        boolean unattributed = false;
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        int line = 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT.builder()
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get())) {
            boolean header = true;
            int rows = 0;
            for (CSVRecord row : parser) {
                line = Math.toIntExact(parser.getCurrentLineNumber());
                if (header) {
                    header = false;
                    List<String> names = row.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
                    if (!names.equals(HEADER)) {
                        return new Parsed(Map.of(), List.of(new RowProblem(line, "The first line must be the "
                                + "template's header: " + String.join(",", HEADER) + ".")), data, Set.of(), true);
                    }
                    continue;
                }
                if (++rows > MAX_ROWS) {
                    problems.add(new RowProblem(line, "A file has at most " + MAX_ROWS + " rows; split it."));
                    unattributed = true;
                    break;
                }
                unattributed |= !readRow(row, line, measures, groups, months, problems, broken);
            }
            if (header) {
                problems.add(new RowProblem(1, "The file is empty."));
            }
        } catch (UncheckedIOException | IllegalStateException | IOException unreadable) {
            problems.add(new RowProblem(line + 1, "This line cannot be read: check its quotation marks."));
            unattributed = true;
        }
        return new Parsed(months, problems, data, broken, unattributed);
    }

    /**
     * Reads a row into its month, or lists its problem.
     *
     * @return false when the row's month or measure could not be read (its problem belongs to no known month)
     */
    private static boolean readRow(CSVRecord row, int line, Map<String, MeasureDefinition> measures,
                                   Map<String, Map<String, Long>> groups, Map<MonthKey, MonthRows> months,
                                   List<RowProblem> problems, Set<MonthKey> broken) {
        if (row.size() != HEADER.size()) {
            problems.add(new RowProblem(line, "Give all " + HEADER.size() + " columns (" + String.join(",", HEADER)
                    + "); leave a value empty rather than out."));
            return false;
        }
        YearMonth month;
        try {
            month = YearMonth.parse(row.get(0).strip());
        } catch (DateTimeParseException notAMonth) {
            problems.add(new RowProblem(line, "\"" + row.get(0) + "\" is not a month: write it as 2026-03."));
            return false;
        }
        MeasureDefinition measure = measures.get(key(row.get(1)));
        if (measure == null) {
            problems.add(new RowProblem(line, "\"" + row.get(1) + "\" is not a measure your team reports."));
            return false;
        }
        MonthKey monthKey = new MonthKey(measure, month);
        String group = row.get(2).strip();
        Long category = null;
        if (!key(group).equals(key(TOTAL))) {
            category = groups.get(key(measure.getName())).get(key(group));
            if (category == null) {
                problems.add(new RowProblem(line, "\"" + group + "\" is not a group of " + measure.getName()
                        + ": write Total or a group as in the template, e.g. \"Preferred language: Spanish\"."));
                broken.add(monthKey);
                return true;
            }
        }
        Optional<BigDecimal> numerator;
        Optional<BigDecimal> denominator;
        Optional<BigDecimal> value;
        try {
            numerator = number(row.get(3));
            denominator = number(row.get(4));
            value = number(row.get(5));
        } catch (NumberFormatException notANumber) {
            problems.add(new RowProblem(line, "Numbers are written with digits and a decimal point, without "
                    + "thousands separators or % signs."));
            broken.add(monthKey);
            return true;
        }
        boolean ratio = measure.getKind() == DataKind.PROPORTION || measure.getKind() == DataKind.RATE;
        MonthValues.Entry entry = ratio ? new MonthValues.Entry(numerator.orElse(null), denominator.orElse(null), null)
                : new MonthValues.Entry(null, null, value.orElse(null));
        MonthRows rows = months.computeIfAbsent(monthKey, k -> new MonthRows());
        if (rows.firstLine == 0) {
            rows.firstLine = line;
        }
        String field = category == null ? "total" : "stratum:" + category;
        if (rows.lines.containsKey(field)) {
            problems.add(new RowProblem(line, "This group of " + measure.getName() + " for " + month
                    + " is already on line " + rows.lines.get(field) + "."));
            broken.add(monthKey);
            return true;
        }
        rows.lines.put(field, line);
        if (category == null) {
            rows.total = entry;
        } else {
            rows.strata.put(category, entry);
        }
        return true;
    }

    private static Optional<BigDecimal> number(String text) {
        String plain = text.strip();
        return plain.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(plain));
    }

    /** A name as matched: trimmed, any case, without the quote our exports put before a formula-like cell. */
    private static String key(String name) {
        String stripped = name.strip();
        if (stripped.startsWith("'")) {
            stripped = stripped.substring(1);
        }
        return stripped.toLowerCase(Locale.ROOT);
    }
}
