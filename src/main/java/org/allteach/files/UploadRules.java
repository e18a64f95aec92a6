package org.allteach.files;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * What one upload field accepts. The media types are checked against the type sniffed from the file's content,
 * never against its name or the type the browser declares.
 *
 * @param maxBytes   the largest file accepted
 * @param mediaTypes accepted media types, e.g. {@code image/png}
 * @param kind       what the field takes, as in "fake.png is not <em>an image</em>"
 * @param accepted   the accepted formats for people, e.g. "PNG, JPEG, GIF or WebP"
 */
public record UploadRules(long maxBytes, Set<String> mediaTypes, String kind, String accepted) {

    static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    private static final Set<String> DOCUMENT_TYPES = Set.of(
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
            "text/plain", "text/csv");

    /** The names people's files of these types usually have; other types get Tika's usual extension. */
    private static final Map<String, List<String>> EXTENSIONS = Map.ofEntries(
            Map.entry("image/png", List.of(".png")),
            Map.entry("image/jpeg", List.of(".jpg", ".jpeg")),
            Map.entry("image/gif", List.of(".gif")),
            Map.entry("image/webp", List.of(".webp")),
            Map.entry("application/pdf", List.of(".pdf")),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of(".docx")),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of(".xlsx")),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", List.of(".pptx")),
            Map.entry("application/msword", List.of(".doc")),
            Map.entry("application/vnd.ms-excel", List.of(".xls")),
            Map.entry("application/vnd.ms-powerpoint", List.of(".ppt")),
            Map.entry("text/plain", List.of(".txt")),
            Map.entry("text/csv", List.of(".csv")));

    public UploadRules {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        if (mediaTypes.isEmpty()) {
            throw new IllegalArgumentException("accept at least one media type");
        }
        mediaTypes = mediaTypes.stream().map(type -> type.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Photos and pictures: PNG, JPEG, GIF, WebP (no SVG: it can carry scripts). */
    public static UploadRules images(long maxBytes) {
        return new UploadRules(maxBytes, IMAGE_TYPES, "an image", "PNG, JPEG, GIF or WebP");
    }

    /** Office documents, PDF, plain text and CSV, and images. Macro-enabled Office files are not accepted. */
    public static UploadRules documents(long maxBytes) {
        return new UploadRules(maxBytes, Stream.concat(DOCUMENT_TYPES.stream(), IMAGE_TYPES.stream())
                .collect(Collectors.toUnmodifiableSet()), "a document or image we accept",
                "PDF, Word, Excel, PowerPoint, text, CSV, PNG, JPEG, GIF or WebP");
    }

    public boolean allows(String mediaType) {
        return mediaTypes.contains(mediaType.toLowerCase(Locale.ROOT));
    }

    /** For under the field, e.g. "PNG, JPEG, GIF or WebP, up to 10 MB." */
    public String helperText() {
        return accepted + ", up to " + FileSizes.describe(maxBytes) + ".";
    }

    /**
     * The usual file name extensions of the accepted types (".png", ".jpg", …), for the browser's file picker. Only
     * a hint for people: the content decides.
     */
    public List<String> fileExtensions() {
        Set<String> extensions = new LinkedHashSet<>();
        for (String type : mediaTypes.stream().sorted().toList()) {
            extensions.addAll(EXTENSIONS.getOrDefault(type, usualExtension(type)));
        }
        return List.copyOf(extensions);
    }

    private static List<String> usualExtension(String type) {
        try {
            String extension = MimeTypes.getDefaultMimeTypes().forName(type).getExtension();
            return extension.isEmpty() ? List.of() : List.of(extension);
        } catch (MimeTypeException unknown) {
            return List.of(); // a type Tika does not know has no extension to suggest
        }
    }

    /** "photo.png is 12.3 MB; the limit is 10 MB." */
    public String tooLargeMessage(String fileName, long sizeBytes) {
        String size = FileSizes.describe(sizeBytes);
        String limit = FileSizes.describe(maxBytes);
        String name = DisplayNames.forMessage(fileName);
        return size.equals(limit) || sizeBytes <= maxBytes
                ? name + " is larger than the " + limit + " limit."
                : name + " is " + size + "; the limit is " + limit + ".";
    }

    /** For a file refused by its name before it is sent: "notes.bmp is not an image: choose PNG, JPEG, GIF or WebP." */
    public String notAcceptedMessage(String fileName) {
        return DisplayNames.forMessage(fileName) + " is not " + kind + ": choose " + accepted + ".";
    }

    /** "fake.png is not an image: its content is a Windows program (application/x-msdownload)." */
    String contentRefusedMessage(String fileName, SniffedType sniffed) {
        return DisplayNames.forMessage(fileName) + " is not " + kind + ": its content is " + sniffed.description()
                + " (" + sniffed.mediaType() + ").";
    }
}
