package org.allteach.credits.document;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.allteach.shared.pdf.HtmlPdf;
import org.allteach.shared.pdf.XhtmlTemplates;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A certificate of credit as a one-page US Letter landscape PDF ({@code credits/certificate.html}): a framed page
 * with the learner's name large, the activity, its dates, the credit awarded, the designation and accreditation
 * statements in small type, and the verification code with a QR code of the page that verifies it. Long names and
 * titles get smaller type, so the certificate stays on one page.
 */
@Component
public final class CertificateDocument {

    /** Type sizes (pt) from roomy to tight: name, title, statements; the next is tried when a page overflows. */
    private record Sizes(double name, double title, double statements) {
    }

    private static final double NAME_PT = 34;
    private static final double MIN_NAME_PT = 20;
    /** Width for the name's line (pt) and Lato Bold's average character width (em), to keep a name on one line. */
    private static final double NAME_WIDTH_PT = 600;
    private static final double NAME_CHAR_EM = 0.56;
    /** The QR code's width and height; the template's {@code .qr} box has the same. */
    private static final double QR_MM = 25;
    private static final double[] SCALES = {1, 0.9, 0.8, 0.7};

    private final HtmlPdf pdf;
    private final TemplateEngine templates = XhtmlTemplates.engine("credits");

    CertificateDocument(HtmlPdf pdf) {
        this.pdf = pdf;
    }

    public byte[] pdf(CertificateContent content) {
        byte[] rendered = null;
        for (double scale : SCALES) {
            rendered = pdf.render(xhtml(content, sizes(content, scale)));
            if (HtmlPdf.pageCount(rendered) == 1) {
                return rendered;
            }
        }
        return rendered;
    }

    private String xhtml(CertificateContent content, Sizes sizes) {
        boolean participation = CreditWording.participation(content.creditTypeLabel());
        Map<String, Object> values = new HashMap<>();
        values.put("heading", participation ? "of Participation" : "of Completion");
        values.put("name", content.learnerName().strip());
        values.put("credentials", content.credentials());
        values.put("title", content.activityTitle().strip());
        values.put("when", CreditWording.when(content.dates()));
        values.put("participation", participation);
        values.put("amount", CreditWording.amount(content.hours()));
        values.put("units", participation ? CreditWording.units(content.hours(), "hour")
                : CreditWording.units(content.hours(), content.creditTypeLabel()));
        values.put("designation", content.designationStatement());
        values.put("accreditation", content.accreditationStatement());
        values.put("organisation", content.issuingOrganisation().strip());
        values.put("issued", CreditWording.day(content.issuedOn()));
        values.put("code", content.verificationCode());
        values.put("url", content.verificationUrl());
        values.put("seal", participation ? CreditWording.unit(content.hours(), "hour")
                : CreditWording.unit(content.hours(), content.creditTypeLabel()));
        QrCode qr = QrCode.of(content.verificationUrl());
        values.put("qr", qr.runs().stream().map(run -> run.style(qr.modules(), QR_MM)).toList());
        values.put("nameSize", pt(sizes.name()));
        values.put("titleSize", pt(sizes.title()));
        values.put("statementSize", pt(sizes.statements()));
        return templates.process("certificate", new Context(Locale.US, values));
    }

    /** The name on one line where it can be; long titles and statements a little smaller. */
    private static Sizes sizes(CertificateContent content, double scale) {
        int nameLength = content.learnerName().strip().length()
                + (content.credentials().isEmpty() ? 0 : content.credentials().length() + 2);
        double name = Math.max(MIN_NAME_PT, Math.min(NAME_PT, NAME_WIDTH_PT / (NAME_CHAR_EM * nameLength)));
        int titleLength = content.activityTitle().strip().length();
        double title = titleLength <= 60 ? 19 : titleLength <= 100 ? 17 : 15;
        int statementsLength = content.designationStatement().length() + content.accreditationStatement().length();
        double statements = statementsLength <= 500 ? 7.6 : 6.8;
        return new Sizes(name * scale, title * scale, statements * Math.max(scale, 0.85));
    }

    private static String pt(double size) {
        return String.format(Locale.ROOT, "%.1fpt", size);
    }
}
