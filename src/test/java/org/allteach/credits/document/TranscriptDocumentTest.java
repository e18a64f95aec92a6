package org.allteach.credits.document;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.allteach.shared.pdf.HtmlPdf;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A learner's transcript: every credit, grouped by type and year with totals, as PDF and as CSV. */
class TranscriptDocumentTest {

    private static final String AMA = "AMA PRA Category 1 Credit™";
    private static final String ANCC = "ANCC contact hour";

    private final TranscriptDocument transcript = new TranscriptDocument(new HtmlPdf());

    @Test
    void thePdfGroupsCreditsByTypeAndYearWithTotals() {
        byte[] pdf = transcript.pdf(content(List.of(
                line(2026, 3, 12, "Learning Session 2: Reducing Amputations", ANCC, "6.25", "AT-AAAA-BBBB-CCCC"),
                line(2025, 10, 8, "Learning Session 1: Foot Exams", AMA, "1", "AT-DDDD-EEEE-FFFF"),
                line(2026, 2, 11, "Monthly webinar: Offloading", AMA, "1.50", "AT-GGGG-HHHH-JJJJ"),
                line(2026, 1, 14, "Monthly webinar: Footwear", AMA, "2", "AT-KKKK-MMMM-NNNN"))));
        PdfPages.screenshot(pdf, "transcript");

        String text = PdfPages.words(pdf);
        assertThat(text).contains("Continuing-education transcript", "Maria Gonzalez, MD, MPH",
                "Midwest Quality Institute", "Issued March 13, 2026");
        assertThat(text).contains(AMA + " 2026: 3.5 · 2025: 1 4.5", ANCC + " 2026: 6.25 6.25");
        assertThat(text).containsSubsequence(AMA + " Total 4.5", "2026",
                "Jan 14, 2026 Monthly webinar: Footwear 2 AT-KKKK-MMMM-NNNN",
                "Feb 11, 2026 Monthly webinar: Offloading 1.5 AT-GGGG-HHHH-JJJJ", "Total 2026 3.5", "2025",
                "Oct 8, 2025 Learning Session 1: Foot Exams 1 AT-DDDD-EEEE-FFFF", "Total 2025 1",
                ANCC + " Total 6.25", "Mar 12, 2026 Learning Session 2: Reducing Amputations 6.25 AT-AAAA-BBBB-CCCC",
                "Total 2026 6.25");
    }

    @Test
    void aLongTranscriptRunsOverPagesThatSayWhoseTheyAre() {
        List<TranscriptLine> lines = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            for (int year = 2022; year <= 2026; year++) {
                lines.add(line(year, month, 10, "Monthly webinar " + month + ": a title long enough to wrap onto a "
                        + "second line of the activity column", AMA, "1.25", VerificationCodes.generate()));
            }
        }

        byte[] pdf = transcript.pdf(content(lines));
        PdfPages.screenshot(pdf, 1, "transcript-page-2");

        int pages = HtmlPdf.pageCount(pdf);
        assertThat(pages).isGreaterThan(1);
        assertThat(PdfPages.words(pdf)).contains("Page 1 of " + pages, "Page " + pages + " of " + pages,
                "Transcript of Maria Gonzalez · Midwest Quality Institute · issued March 13, 2026", "Total 75");
    }

    @Test
    void aTranscriptWithoutCreditSaysSo() {
        assertThat(PdfPages.words(transcript.pdf(content(List.of())))).contains("No credit has been awarded yet.");
    }

    @Test
    void theCsvHasOneRowPerCreditOldestFirst() throws IOException {
        String csv = transcript.csv(content(List.of(
                line(2026, 3, 12, "Learning Session 2", ANCC, "6.25", "AT-AAAA-BBBB-CCCC"),
                line(2025, 10, 8, "Sepsis, \"early\" recognition", AMA, "1.50", "AT-DDDD-EEEE-FFFF"))));

        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).toList()).containsExactly("date", "activity", "credit type", "hours", "verification code");
        assertThat(rows.get(1).toList()).containsExactly("2025-10-08", "Sepsis, \"early\" recognition", AMA, "1.5",
                "AT-DDDD-EEEE-FFFF");
        assertThat(rows.get(2).toList()).containsExactly("2026-03-12", "Learning Session 2", ANCC, "6.25",
                "AT-AAAA-BBBB-CCCC");
    }

    @Test
    void theCsvKeepsASpreadsheetFromRunningTitlesAsFormulas() throws IOException {
        String csv = transcript.csv(content(List.of(
                line(2026, 3, 12, "=HYPERLINK(\"https://evil.example\",\"Click\")", AMA, "1", "AT-AAAA-BBBB-CCCC"),
                line(2026, 3, 13, "+1 session", AMA, "1", "AT-DDDD-EEEE-FFFF"),
                line(2026, 3, 14, "@SUM(A1)", "-MOC", "1", "AT-GGGG-HHHH-JJJJ"))));

        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
        assertThat(rows.get(1).get(1)).isEqualTo("'=HYPERLINK(\"https://evil.example\",\"Click\")");
        assertThat(rows.get(2).get(1)).isEqualTo("'+1 session");
        assertThat(rows.get(3).get(1)).isEqualTo("'@SUM(A1)");
        assertThat(rows.get(3).get(2)).isEqualTo("'-MOC");
    }

    private static TranscriptContent content(List<TranscriptLine> lines) {
        return new TranscriptContent("Maria Gonzalez", "MD, MPH", "Midwest Quality Institute", LocalDate.of(2026, 3, 13),
                lines);
    }

    private static TranscriptLine line(int year, int month, int day, String title, String type, String hours,
                                       String code) {
        return new TranscriptLine(LocalDate.of(year, month, day), title, type, new BigDecimal(hours), code);
    }
}
