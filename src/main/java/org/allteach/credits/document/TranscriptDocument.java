package org.allteach.credits.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.allteach.shared.CsvCells;
import org.allteach.shared.pdf.HtmlPdf;
import org.allteach.shared.pdf.XhtmlTemplates;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A learner's transcript: as a portrait US Letter PDF ({@code credits/transcript.html}) with their credits grouped
 * by credit type and year, totals for each, and every certificate's verification code; and as CSV for a spreadsheet
 * or a licensing board's upload.
 */
@Component
public final class TranscriptDocument {

    /** The CSV's columns. */
    public static final List<String> CSV_HEADER = List.of("date", "activity", "credit type", "hours", "verification code");

    private static final Comparator<TranscriptLine> BY_DATE = Comparator.comparing(TranscriptLine::date)
            .thenComparing(TranscriptLine::activityTitle).thenComparing(TranscriptLine::creditTypeLabel);

    record Row(String date, String activity, String hours, String code) {
    }

    record Year(int year, String total, List<Row> rows) {
    }

    record CreditType(String label, String total, List<Year> years) {
    }

    private final HtmlPdf pdf;
    private final TemplateEngine templates = XhtmlTemplates.engine("credits");

    TranscriptDocument(HtmlPdf pdf) {
        this.pdf = pdf;
    }

    public byte[] pdf(TranscriptContent content) {
        Map<String, Object> values = new HashMap<>();
        values.put("name", content.learnerName().strip());
        values.put("credentials", content.credentials());
        values.put("organisation", content.issuingOrganisation().strip());
        values.put("issued", CreditWording.day(content.issuedOn()));
        values.put("types", creditTypes(content.lines()));
        return pdf.render(templates.process("transcript", new Context(Locale.US, values)));
    }

    /** One row a credit, oldest first; text that a spreadsheet would run as a formula starts with an apostrophe. */
    public String csv(TranscriptContent content) {
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT)) {
            printer.printRecord(CSV_HEADER);
            for (TranscriptLine line : content.lines().stream().sorted(BY_DATE).toList()) {
                printer.printRecord(line.date(), CsvCells.safe(line.activityTitle()),
                        CsvCells.safe(line.creditTypeLabel()), CreditWording.amount(line.hours()),
                        CsvCells.safe(line.verificationCode()));
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return csv.toString();
    }

    /** Credit types in alphabetical order, each with its years, newest first, and each year's credits by date. */
    static List<CreditType> creditTypes(List<TranscriptLine> lines) {
        Map<String, List<TranscriptLine>> byType = lines.stream()
                .collect(Collectors.groupingBy(TranscriptLine::creditTypeLabel, TreeMap::new, Collectors.toList()));
        return byType.entrySet().stream().map(type -> {
            Map<Integer, List<TranscriptLine>> byYear = type.getValue().stream().collect(Collectors.groupingBy(
                    (TranscriptLine line) -> line.date().getYear(),
                    () -> new TreeMap<Integer, List<TranscriptLine>>(Comparator.reverseOrder()), Collectors.toList()));
            List<Year> years = byYear.entrySet().stream()
                    .map(year -> new Year(year.getKey(), total(year.getValue()),
                            year.getValue().stream().sorted(BY_DATE).map(TranscriptDocument::row).toList()))
                    .toList();
            return new CreditType(type.getKey(), total(type.getValue()), years);
        }).toList();
    }

    private static Row row(TranscriptLine line) {
        return new Row(CreditWording.shortDay(line.date()), line.activityTitle(), CreditWording.amount(line.hours()),
                line.verificationCode());
    }

    private static String total(List<TranscriptLine> lines) {
        return CreditWording.amount(lines.stream().map(TranscriptLine::hours).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
