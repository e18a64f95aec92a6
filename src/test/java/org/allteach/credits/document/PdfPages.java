package org.allteach.credits.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading the documents back as a person would: their text, their pages as images, the QR code on them. */
final class PdfPages {

    private PdfPages() {
    }

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every run of white space as one space: lines wrap where the layout says. */
    static String words(byte[] pdf) {
        return text(pdf).replaceAll("\\s+", " ");
    }

    /**
     * The text without any white space, for what may wrap after a hyphen or be letter-spaced ("C E R T I F I C A T E").
     */
    static String letters(byte[] pdf) {
        return letters(text(pdf));
    }

    static String letters(String text) {
        return text.replaceAll("\\s+", "");
    }

    static BufferedImage page(byte[] pdf, int page, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(page, dpi);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Page 1 as a PNG in target/screenshots, to look at. */
    static void screenshot(byte[] pdf, String name) {
        screenshot(pdf, 0, name);
    }

    /** A page (from 0) as a PNG in target/screenshots, to look at. */
    static void screenshot(byte[] pdf, int page, String name) {
        try {
            Path directory = Path.of("target", "screenshots");
            Files.createDirectories(directory);
            ImageIO.write(page(pdf, page, 110), "png", directory.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the QR code on a page says, read the way a phone's camera would from the printed page. */
    static String qrCode(BufferedImage image) throws NotFoundException, ChecksumException, FormatException {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        RGBLuminanceSource luminance = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(luminance)),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
