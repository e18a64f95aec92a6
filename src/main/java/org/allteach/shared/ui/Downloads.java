package org.allteach.shared.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * Files a view offers for download, for an {@code Anchor}. The content is made when the person clicks, not when the
 * page is built, so the file is as fresh as the click and a page nobody downloads from costs nothing; the service
 * that makes it checks, at that moment, that the person may have it.
 */
public final class Downloads {

    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String PDF = "application/pdf";

    private Downloads() {
    }

    /** A CSV file, UTF-8. */
    public static DownloadHandler csv(String fileName, Supplier<String> text) {
        return text(() -> fileName, CSV, text);
    }

    /** A CSV file whose name depends on what the page shows when the person clicks (a chosen period, say). */
    public static DownloadHandler csv(Supplier<String> fileName, Supplier<String> text) {
        return text(fileName, CSV, text);
    }

    public static DownloadHandler pdf(String fileName, Supplier<byte[]> bytes) {
        return file(() -> fileName, PDF, bytes);
    }

    /** A text file of any type (an iCalendar file, say), UTF-8; {@code contentType} names the charset. */
    public static DownloadHandler text(String fileName, String contentType, Supplier<String> text) {
        return text(() -> fileName, contentType, text);
    }

    private static DownloadHandler text(Supplier<String> fileName, String contentType, Supplier<String> text) {
        return file(fileName, contentType, () -> text.get().getBytes(StandardCharsets.UTF_8));
    }

    private static DownloadHandler file(Supplier<String> fileName, String contentType, Supplier<byte[]> content) {
        return DownloadHandler.fromInputStream(request -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName.get(), contentType, bytes.length);
        });
    }
}
