package org.allteach.files;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.springframework.web.util.UriUtils;

/**
 * A file someone uploaded, as the database describes it. The bytes are read with {@link FileStorage#open}.
 *
 * @param key         the random name of the bytes in the store (never shown to people)
 * @param displayName a safe file name: no path, no control characters or quotes, an extension matching the content
 * @param mediaType   sniffed from the content when it was uploaded, e.g. {@code image/png}
 * @param sha256      hex SHA-256 of the bytes
 * @param uploadedBy  the uploader's person id
 */
public record StoredFile(long id, String key, String displayName, String mediaType, long sizeBytes, String sha256,
                         long uploadedBy, Instant uploadedAt) {

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }

    /**
     * Where the portal serves the file, e.g. {@code /files/42/Run%20chart.png}. The name is only for people and
     * browsers; the id alone finds the file.
     */
    public String downloadPath() {
        // Spring Security's firewall refuses encoded ';' and '%' in paths, so they do not appear in the name part.
        String name = displayName.replace(';', '_').replace('%', '_');
        return "/files/" + id + "/" + UriUtils.encodePathSegment(name, StandardCharsets.UTF_8);
    }

    /** The size for people, e.g. "12.3 MB". */
    public String sizeText() {
        return FileSizes.describe(sizeBytes);
    }
}
