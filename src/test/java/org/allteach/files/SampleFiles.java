package org.allteach.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/** Real files of the kinds people upload (and pretend to upload), made in memory for tests. */
public final class SampleFiles {

    private SampleFiles() {
    }

    /** A small run chart drawn with Java2D, as PNG. */
    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpeg");
    }

    /**
     * The start of a Windows program: the DOS "MZ" header pointing at a "PE" header, as in every .exe. Enough for
     * any content sniffer, and it runs nowhere.
     */
    public static byte[] windowsProgram() {
        byte[] program = new byte[1024];
        program[0] = 'M';
        program[1] = 'Z';
        program[0x3C] = (byte) 0x80;
        program[0x80] = 'P';
        program[0x81] = 'E';
        return program;
    }

    /** A minimal Word document as Word writes it: content types, relationships and the main document part. */
    public static byte[] docx() {
        return officeOpenXml("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
    }

    /** The same with the content type of a macro-enabled document (.docm). */
    public static byte[] docm() {
        return officeOpenXml("application/vnd.ms-word.document.macroEnabled.main+xml");
    }

    public static byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("Anything can be inside.".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A one-page PDF with one line of text, cross-reference table and all. */
    public static byte[] pdf() {
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                streamObject("BT /F1 18 Tf 72 720 Td (PDSA cycle 3: results) Tj ET"),
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * The header of an older-format Office file (an OLE2 compound document, as .doc, .xls and .ppt are), followed by
     * empty sectors.
     */
    public static byte[] olderOfficeFile() {
        byte[] file = new byte[4096];
        byte[] signature = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(signature, 0, file, 0, signature.length);
        return file;
    }

    public static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String streamObject(String content) {
        return "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream";
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 120, 80);
        graphics.setColor(new Color(15, 118, 110));
        int[] xs = {5, 25, 45, 65, 85, 105};
        int[] ys = {60, 52, 55, 38, 30, 22};
        graphics.drawPolyline(xs, ys, xs.length);
        graphics.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] officeOpenXml(String mainContentType) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                      <Default Extension="xml" ContentType="application/xml"/>
                      <Override PartName="/word/document.xml" ContentType="%s"/>
                    </Types>""".formatted(mainContentType));
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                      <Relationship Id="rId1" Target="word/document.xml"
                        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
                    </Relationships>""");
            entry(zip, "word/document.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                      <w:body><w:p><w:r><w:t>Storyboard for learning session 2</w:t></w:r></w:p></w:body>
                    </w:document>""");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
