package org.allteach.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.tika.detect.CompositeDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * Says what a file is from its bytes (Apache Tika's magic numbers, plus {@link OfficeOpenXmlDetector} for Word,
 * Excel and PowerPoint files, which are ZIP archives inside).
 */
final class ContentSniffer {

    private static final MimeTypes MIME_TYPES = MimeTypes.getDefaultMimeTypes();
    private static final MediaTypeRegistry REGISTRY = MIME_TYPES.getMediaTypeRegistry();

    /**
     * Content that cannot tell its exact kind: plain text is also CSV, and Word, Excel and PowerPoint files of the
     * older format share one container (telling them apart would need Apache POI, tens of megabytes). For these the
     * name may pick among the kinds the content allows; it can never turn the content into something else.
     */
    private static final Set<MediaType> NAME_MAY_REFINE = Set.of(MediaType.TEXT_PLAIN,
            MediaType.application("x-tika-msoffice"));

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("application/x-msdownload", "a Windows program"),
            Map.entry("application/x-dosexec", "a DOS program"),
            Map.entry("application/x-executable", "a Linux program"),
            Map.entry("application/x-sharedlib", "a Linux program library"),
            Map.entry("application/x-mach-o-executable", "a macOS program"),
            Map.entry("application/x-sh", "a shell script"),
            Map.entry("application/java-archive", "a Java program"),
            Map.entry("application/zip", "a ZIP archive"),
            Map.entry("application/x-7z-compressed", "a 7-Zip archive"),
            Map.entry("application/x-rar-compressed", "a RAR archive"),
            Map.entry("application/gzip", "a compressed archive"),
            Map.entry("application/octet-stream", "data of an unknown kind"),
            Map.entry("application/x-tika-msoffice",
                    "an older Office file whose name does not end in .doc, .xls or .ppt"),
            Map.entry("application/x-tika-ooxml", "an Office file of a kind we do not accept"),
            Map.entry("application/vnd.ms-word.document.macroenabled.12", "a Word document with macros"),
            Map.entry("application/vnd.ms-excel.sheet.macroenabled.12", "an Excel workbook with macros"),
            Map.entry("application/vnd.ms-powerpoint.presentation.macroenabled.12",
                    "a PowerPoint presentation with macros"),
            Map.entry("text/html", "a web page"),
            Map.entry("image/svg+xml", "an SVG drawing, which can carry scripts"),
            Map.entry("application/pdf", "a PDF document"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "a Word document"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "an Excel workbook"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation",
                    "a PowerPoint presentation"),
            Map.entry("application/msword", "a Word document"),
            Map.entry("application/vnd.ms-excel", "an Excel workbook"),
            Map.entry("application/vnd.ms-powerpoint", "a PowerPoint presentation"),
            Map.entry("text/plain", "plain text"),
            Map.entry("text/csv", "a CSV table"),
            Map.entry("image/png", "a PNG image"),
            Map.entry("image/jpeg", "a JPEG image"),
            Map.entry("image/gif", "a GIF image"),
            Map.entry("image/webp", "a WebP image"));

    private final Detector detector = new CompositeDetector(REGISTRY,
            List.of(new OfficeOpenXmlDetector(), MIME_TYPES));

    /** The file's type by its content; the name only picks among kinds the content cannot tell apart. */
    SniffedType sniff(Path file, String originalName, UploadRules rules) throws IOException {
        MediaType byContent;
        try (TikaInputStream content = TikaInputStream.get(file)) {
            byContent = detector.detect(content, new Metadata()).getBaseType();
        }
        MediaType type = byContent;
        if (NAME_MAY_REFINE.contains(byContent)) {
            MediaType byName = typeByName(originalName);
            if (REGISTRY.isSpecializationOf(byName, byContent) && rules.allows(byName.toString())) {
                type = byName;
            }
        }
        return new SniffedType(type.toString(), describe(type), tikaType(type));
    }

    /** The type a file name suggests, from its extension; {@code application/octet-stream} when it says nothing. */
    static MediaType typeByName(String name) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name == null ? "" : name.toLowerCase(Locale.ROOT));
        try {
            return MIME_TYPES.detect(null, metadata).getBaseType();
        } catch (IOException e) {
            throw new UncheckedIOException("Tika read no stream, so this cannot happen", e);
        }
    }

    private static String describe(MediaType type) {
        String known = DESCRIPTIONS.get(type.toString());
        if (known != null) {
            return known;
        }
        MimeType tikaType = tikaType(type);
        return tikaType.getDescription().isBlank() ? "a kind of file we do not accept" : tikaType.getDescription();
    }

    private static MimeType tikaType(MediaType type) {
        try {
            return MIME_TYPES.forName(type.toString());
        } catch (MimeTypeException e) {
            throw new IllegalStateException("Tika named a type it does not know: " + type, e);
        }
    }
}
