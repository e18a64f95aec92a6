package org.allteach.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Turns an XHTML page (a poster, a certificate) into a PDF with openhtmltopdf. The page's CSS sets the page size
 * ({@code @page { size: letter landscape }}) and may use the embedded font family {@value #SANS} (Lato, SIL Open
 * Font Licence: regular, italic, bold and black weights); only the glyphs used are embedded. Nothing outside the
 * document is ever loaded, no image, style sheet or font from a URL, so text people wrote cannot make the server
 * fetch anything.
 */
@Component
public class HtmlPdf {

    /** The font family the documents may use. */
    public static final String SANS = "Lato";

    private record Face(String file, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(new Face("Lato-Regular.ttf", 400, FontStyle.NORMAL),
            new Face("Lato-Italic.ttf", 400, FontStyle.ITALIC), new Face("Lato-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("Lato-Black.ttf", 900, FontStyle.NORMAL));

    static {
        XRLog.setLoggerImpl(new PdfLog());
    }

    private final Map<String, byte[]> fontFiles = new ConcurrentHashMap<>();

    /**
     * @param xhtml a whole XHTML document (well-formed XML: {@code <br />}, escaped text); HTML from
     *              {@code MarkdownRenderer} is well-formed
     * @return the PDF's bytes
     */
    public byte[] render(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        List<TrueTypeFont> fonts = new ArrayList<>();
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFastMode();
            for (Face face : FACES) {
                TrueTypeFont font = font(face.file());
                fonts.add(font);
                builder.useFont(new PDFontSupplier(PDType0Font.load(document, font, true)), SANS, face.weight(),
                        face.style(), true);
            }
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withProducer("AllTeach");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the PDF", e);
        } finally {
            fonts.forEach(HtmlPdf::close);
        }
        return pdf.toByteArray();
    }

    /** How many pages a PDF has (to check that a one-page document stayed on one page). */
    public static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("Not a PDF", e);
        }
    }

    /**
     * Lato as PDFBox reads it, without its ligatures: PDFBox would draw "ti" and "tt" as one glyph that a PDF
     * reader cannot turn back into text, so the words could not be searched, copied or read aloud.
     */
    private TrueTypeFont font(String file) throws IOException {
        byte[] bytes = fontFiles.computeIfAbsent(file, HtmlPdf::read);
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        font.setEnableGsub(false);
        return font;
    }

    private static byte[] read(String file) {
        try (InputStream in = HtmlPdf.class.getResourceAsStream("/fonts/lato/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the application: fonts/lato/" + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void close(TrueTypeFont font) {
        try {
            font.close();
        } catch (IOException ignored) {
            // Read from memory: nothing to release.
        }
    }
}
