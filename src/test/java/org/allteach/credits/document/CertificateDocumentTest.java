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

    @Test
    void everythingAtItsLongestStillFitsOnePageWithAReadableQrCode() throws Exception {
        String name = "Bartholomew Alexander Featherstonehaugh-Cholmondeley-Wolfeschlegel";
        String title = "Learning Session 4 of the Statewide Perinatal Quality Collaborative: Severe Hypertension in "
                + "Pregnancy, Postpartum Hemorrhage and Safe Reduction of Primary Cesarean Births";
        String jointProvidership = "This activity has been planned and implemented in accordance with the "
                + "accreditation requirements and policies of the Accreditation Council for Continuing Medical "
                + "Education (ACCME) through the joint providership of Midwest Quality Institute and the Statewide "
                + "Perinatal Quality Collaborative. Midwest Quality Institute is accredited by the ACCME to provide "
                + "continuing medical education for physicians. In support of improving patient care, Midwest "
                + "Quality Institute is jointly accredited by the ACCME, the Accreditation Council for Pharmacy "
                + "Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing "
                + "education for the healthcare team.";
        String url = "https://quality-improvement.statewide-perinatal-collaborative.example.org/verify/AT-7K3Q-9XPM-2DRF";
        CertificateContent longest = new CertificateContent(name, "MD, MPH, MBA, FACOG, CPHQ", title,
                List.of(LocalDate.of(2025, 11, 12), LocalDate.of(2025, 12, 10), LocalDate.of(2026, 1, 14),
                        LocalDate.of(2026, 2, 11), LocalDate.of(2026, 3, 11)),
                "AMA PRA Category 1 Credit™", new BigDecimal("12.75"), DESIGNATION, jointProvidership,
                "Statewide Perinatal Quality Collaborative and Midwest Quality Institute", "AT-7K3Q-9XPM-2DRF", url,
                LocalDate.of(2026, 3, 13));

        byte[] pdf = certificate.pdf(longest);
        PdfPages.screenshot(pdf, "certificate-longest");

        assertThat(HtmlPdf.pageCount(pdf)).isEqualTo(1);
        assertThat(PdfPages.letters(pdf)).contains(PdfPages.letters(name), PdfPages.letters(title),
                PdfPages.letters(jointProvidership), PdfPages.letters(url));
        assertThat(PdfPages.qrCode(PdfPages.page(pdf, 0, 150))).isEqualTo(url);
    }

    @Test
    void aCertificateOfParticipationCountsHours() {
        byte[] pdf = certificate.pdf(content("Sam Lee", "", "Learning Session 2", List.of(LocalDate.of(2026, 3, 12)),
                "Certificate of participation", new BigDecimal("1.25")));
        PdfPages.screenshot(pdf, "certificate-participation");

        assertThat(PdfPages.words(pdf)).contains("of Participation", "This is to certify that Sam Lee participated in",
                "for a total of 1.25 hours", "1.25 HOURS").doesNotContain("of Completion", "Sam Lee,");
    }

    @Test
    void whatPeopleTypedIsPrintedAsTextNeverAsMarkup() {
        byte[] pdf = certificate.pdf(content("<b>Bobby</b> & \"Tables\"", "MD <i>", "<script>alert(1)</script> & more",
                List.of(LocalDate.of(2026, 3, 12)), "AMA PRA Category 1 Credit™", BigDecimal.ONE));

        assertThat(PdfPages.words(pdf)).contains("<b>Bobby</b> & \"Tables\", MD <i>",
                "<script>alert(1)</script> & more", "1 AMA PRA Category 1 Credit™");
    }

    private static CertificateContent content(String name, String credentials, String title, List<LocalDate> dates,
                                              String creditType, BigDecimal hours) {
        return new CertificateContent(name, credentials, title, dates, creditType, hours, DESIGNATION, ACCREDITATION,
                "Midwest Quality Institute", "AT-7K3Q-9XPM-2DRF", URL, LocalDate.of(2026, 3, 13));
    }
}
