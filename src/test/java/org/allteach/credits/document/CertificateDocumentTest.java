package org.allteach.credits.document;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.allteach.shared.pdf.HtmlPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The certificate as a learner gets it: one framed landscape page that says what they earned and how to check it. */
class CertificateDocumentTest {

    private static final String DESIGNATION = "Midwest Quality Institute designates this live activity for a maximum "
            + "of 1.5 AMA PRA Category 1 Credits™. Physicians should claim only the credit commensurate with the "
            + "extent of their participation in the activity.";
    private static final String ACCREDITATION = "Midwest Quality Institute is accredited by the Accreditation "
            + "Council for Continuing Medical Education (ACCME) to provide continuing medical education for physicians.";
    private static final String URL = "https://allteach.example.org/verify/AT-7K3Q-9XPM-2DRF";

    private final CertificateDocument certificate = new CertificateDocument(new HtmlPdf());

    @Test
    void saysWhoEarnedWhatForWhichActivityAndHowToVerifyIt() throws IOException {
        byte[] pdf = certificate.pdf(content("Maria Gonzalez", "MD, MPH",
                "Reducing Diabetic Foot Amputations: Learning Session 2", List.of(LocalDate.of(2026, 3, 12)),
                "AMA PRA Category 1 Credit™", new BigDecimal("1.50")));
        PdfPages.screenshot(pdf, "certificate");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(792, Offset.offset(1f));
            assertThat(page.getHeight()).isCloseTo(612, Offset.offset(1f));
        }
        assertThat(PdfPages.letters(pdf)).contains("CERTIFICATE");
        assertThat(PdfPages.words(pdf)).contains("of Completion", "Maria Gonzalez, MD, MPH",
                "Reducing Diabetic Foot Amputations: Learning Session 2", "on March 12, 2026",
                "1.5 AMA PRA Category 1 Credits™", DESIGNATION, ACCREDITATION, "Midwest Quality Institute",
                "Issued March 13, 2026", "AT-7K3Q-9XPM-2DRF", "Verify at " + URL);
    }

    @Test
    void itsQrCodeOpensTheVerificationPage() throws Exception {
        byte[] pdf = certificate.pdf(content("Maria Gonzalez", "MD", "Learning Session 2",
                List.of(LocalDate.of(2026, 3, 12)), "AMA PRA Category 1 Credit™", new BigDecimal("1.5")));

        assertThat(PdfPages.qrCode(PdfPages.page(pdf, 0, 150))).isEqualTo(URL);
    }

    @Test
    void aLongNameAndALongTitleStayOnOnePage() {
        String name = "Alexandra Konstantinopoulou-Wojciechowska van der Berghe-Smith";
        String title = "Improving Hypertension Control in Federally Qualified Health Centers Through Team-Based Care "
                + "and Self-Measured Blood Pressure";
        assertThat(name).hasSizeGreaterThanOrEqualTo(60);
        assertThat(title).hasSizeGreaterThanOrEqualTo(120);

        byte[] pdf = certificate.pdf(content(name, "DNP, APRN, FNP-BC", title,
                List.of(LocalDate.of(2026, 1, 14), LocalDate.of(2026, 2, 11), LocalDate.of(2026, 3, 11),
                        LocalDate.of(2026, 4, 8)),
                "ANCC contact hour", new BigDecimal("6.25")));
        PdfPages.screenshot(pdf, "certificate-long");

        assertThat(HtmlPdf.pageCount(pdf)).isEqualTo(1);
        assertThat(PdfPages.words(pdf)).contains(name, "in 4 sessions from January 14 to April 8, 2026",
                "6.25 ANCC contact hours");
        assertThat(PdfPages.letters(pdf)).contains(PdfPages.letters(title));
    }

    private static CertificateContent content(String name, String credentials, String title, List<LocalDate> dates,
                                              String creditType, BigDecimal hours) {
        return new CertificateContent(name, credentials, title, dates, creditType, hours, DESIGNATION, ACCREDITATION,
                "Midwest Quality Institute", "AT-7K3Q-9XPM-2DRF", URL, LocalDate.of(2026, 3, 13));
    }
}
