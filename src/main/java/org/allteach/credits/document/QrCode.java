package org.allteach.credits.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code (zxing) drawn with boxes rather than as an image: each run of dark modules in a row is one absolutely
 * positioned box, so the code is vector graphics, sharp on any printer, and needs nothing the PDF renderer would
 * have to load (it loads no images, not even data URIs). The document leaves white around it as the quiet zone.
 *
 * @param modules the code's width and height in modules
 * @param runs    the dark runs, row by row
 */
record QrCode(int modules, List<Run> runs) {

    /** Dark modules from {@code x} to {@code x + length - 1} in row {@code y}. */
    record Run(int x, int y, int length) {

        /** The run as CSS for a code this wide (mm); a little taller, so no hairline shows between rows. */
        String style(int modules, double widthMm) {
            double module = widthMm / modules;
            return String.format(Locale.ROOT, "left: %.3fmm; top: %.3fmm; width: %.3fmm; height: %.3fmm", x * module,
                    y * module, length * module, y == modules - 1 ? module : module + 0.02);
        }
    }

    static QrCode of(String text) {
        BitMatrix matrix = matrix(text);
        List<Run> runs = new ArrayList<>();
        for (int y = 0; y < matrix.getHeight(); y++) {
            int x = 0;
            while (x < matrix.getWidth()) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < matrix.getWidth() && matrix.get(x, y)) {
                    x++;
                }
                runs.add(new Run(start, y, x - start));
            }
        }
        return new QrCode(matrix.getWidth(), List.copyOf(runs));
    }

    private static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, 0));
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("Too long for a QR code: " + text, tooLong);
        }
    }
}
