package org.allteach.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Tells Word, Excel and PowerPoint files (.docx, .xlsx, .pptx and their macro-enabled siblings) from other ZIP
 * archives by the main part declared in their {@code [Content_Types].xml}, as the Office Open XML standard defines
 * it. Tika's own detector for these lives in its Microsoft parser module, which brings Apache POI and tens of
 * megabytes; this reads one small XML entry with the JDK.
 */
final class OfficeOpenXmlDetector implements Detector {

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    /** Real ones are a few kilobytes; anything much larger is not worth parsing. */
    private static final int MAX_CONTENT_TYPES_BYTES = 1024 * 1024;
    private static final MediaType OOXML = MediaType.application("x-tika-ooxml");

    private static final Map<String, MediaType> MAIN_PARTS = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
            "application/vnd.ms-word.document.macroenabled.main+xml",
            MediaType.application("vnd.ms-word.document.macroenabled.12"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            MediaType.application("vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            "application/vnd.ms-excel.sheet.macroenabled.main+xml",
            MediaType.application("vnd.ms-excel.sheet.macroenabled.12"),
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
            MediaType.application("vnd.openxmlformats-officedocument.presentationml.presentation"),
            "application/vnd.ms-powerpoint.presentation.macroenabled.main+xml",
            MediaType.application("vnd.ms-powerpoint.presentation.macroenabled.12"));

    @Override
    public MediaType detect(InputStream input, Metadata metadata) throws IOException {
        TikaInputStream tika = TikaInputStream.cast(input);
        if (tika == null || !tika.hasFile()) {
            return MediaType.OCTET_STREAM; // the content is always a file here; a stream is not ours to read
        }
        try (ZipFile zip = new ZipFile(tika.getFile())) {
            ZipEntry contentTypes = find(zip);
            if (contentTypes == null) {
                return MediaType.OCTET_STREAM;
            }
            try (InputStream entry = zip.getInputStream(contentTypes)) {
                byte[] xml = entry.readNBytes(MAX_CONTENT_TYPES_BYTES + 1);
                return xml.length > MAX_CONTENT_TYPES_BYTES ? OOXML : mainPartType(xml);
            }
        } catch (ZipException | XMLStreamException notOfficeOpenXml) {
            return MediaType.OCTET_STREAM;
        }
    }

    /** Part names are case-insensitive in Office Open XML. */
    private static ZipEntry find(ZipFile zip) {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (entry.getName().equalsIgnoreCase(CONTENT_TYPES)) {
                return entry;
            }
        }
        return null;
    }

    private static MediaType mainPartType(byte[] xml) throws XMLStreamException {
        XMLStreamReader reader = safeXmlInputFactory().createXMLStreamReader(new ByteArrayInputStream(xml));
        try {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && "Override".equals(reader.getLocalName())) {
                    String contentType = reader.getAttributeValue(null, "ContentType");
                    MediaType main = contentType == null ? null
                            : MAIN_PARTS.get(contentType.strip().toLowerCase(Locale.ROOT));
                    if (main != null) {
                        return main;
                    }
                }
            }
            return OOXML;
        } finally {
            reader.close();
        }
    }

    /** A new factory per file: factories are not promised to be thread-safe, and uploads are rare enough. */
    private static XMLInputFactory safeXmlInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
