package org.allteach.files;

import java.text.Normalizer;
import java.util.Locale;

import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeType;

/**
 * Turns the name a browser sent into one that is safe to show, to put in a download header and to save on any
 * operating system. The name arrives from the person's computer and can be anything: a path, line breaks meant to
 * smuggle a header, right-to-left marks that make "gpj.exe" look like "exe.jpg".
 */
final class DisplayNames {

    static final int MAX_LENGTH = 150;

    /** Characters that Windows refuses in file names or that would end a quoted header value. */
    private static final String FORBIDDEN = "\"`*<>?|:";

    private DisplayNames() {
    }

    /** The name as it can appear inside a message: no path, no control characters; "The file" when nothing is left. */
    static String forMessage(String original) {
        String cleaned = clean(original);
        return cleaned.isEmpty() ? "The file" : cleaned;
    }

    /**
     * The name to store and to offer in downloads, with an extension that matches the content: "report.txt" that is
     * really a Word document becomes "report.docx", "passwd" that is text becomes "passwd.txt".
     */
    static String forStorage(String original, MimeType type) {
        String cleaned = clean(original);
        String base = cleaned.isEmpty() ? "file" : cleaned;
        String extension = extension(base);
        String preferred = type.getExtension();
        if (preferred.isEmpty() || extension != null && hasExtension(type, extension)) {
            return capped(stripExtension(base, extension), extension == null ? "" : "." + extension);
        }
        if (extension != null && knownExtension(base)) {
            // A recognised extension of another type would mislead whoever opens the download: replace it.
            base = stripExtension(base, extension);
        }
        return capped(base, preferred);
    }

    private static String clean(String original) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().forEach(codePoint -> {
            int category = Character.getType(codePoint);
            if (category == Character.CONTROL || category == Character.LINE_SEPARATOR
                    || category == Character.PARAGRAPH_SEPARATOR || Character.isWhitespace(codePoint)) {
                kept.append(' ');
            } else if (category != Character.FORMAT && category != Character.PRIVATE_USE
                    && category != Character.SURROGATE && category != Character.UNASSIGNED
                    && FORBIDDEN.indexOf(codePoint) < 0) {
                kept.appendCodePoint(codePoint);
            }
        });
        // Leading dots hide files and ".." means the parent folder; trailing dots and spaces vanish on Windows.
        return kept.toString().replaceAll(" {2,}", " ").replaceAll("^[ .]+|[ .]+$", "");
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return null;
        }
        String extension = name.substring(dot + 1);
        return extension.length() <= 10 && extension.chars().allMatch(Character::isLetterOrDigit) ? extension : null;
    }

    private static boolean hasExtension(MimeType type, String extension) {
        String dotted = "." + extension.toLowerCase(Locale.ROOT);
        return type.getExtensions().stream().anyMatch(known -> known.equalsIgnoreCase(dotted));
    }

    private static boolean knownExtension(String name) {
        return !ContentSniffer.typeByName(name).equals(MediaType.OCTET_STREAM);
    }

    private static String stripExtension(String name, String extension) {
        return extension == null ? name : name.substring(0, name.length() - extension.length() - 1);
    }

    /** Keeps the extension whole and shortens the rest, never splitting a character. */
    private static String capped(String base, String dottedExtension) {
        int room = MAX_LENGTH - dottedExtension.length();
        String trimmed = base.codePointCount(0, base.length()) > room
                ? base.substring(0, base.offsetByCodePoints(0, room)).strip()
                : base;
        return (trimmed.isEmpty() ? "file" : trimmed) + dottedExtension;
    }
}
