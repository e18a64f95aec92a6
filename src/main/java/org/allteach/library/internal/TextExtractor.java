package org.allteach.library.internal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.allteach.library.LibraryProperties;
import org.allteach.library.TextStatus;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Reads the text of a PDF or Office file for search, within limits: at most {@code maxTextCharacters} are kept, and
 * a file that takes longer than {@code textTimeout} is given up. Nothing is thrown: the result says what happened,
 * in words the uploader understands. One file at a time, on a low-priority thread, so reading never competes with
 * people using the portal. A parser stuck in a loop cannot be stopped from inside the JVM; its thread is abandoned
 * and a fresh one takes the next file (see docs/decisions/0013-search-with-lucene-directly.md).
 */
@Component
public class TextExtractor implements DisposableBean {

    public record Extraction(TextStatus status, String text, String problem) {
    }

    private static final Set<String> PARSED = Set.of("application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint");
    private static final Set<String> PLAIN = Set.of("text/plain", "text/csv");

    private final AutoDetectParser parser = new AutoDetectParser();
    private final int maxCharacters;
    private final Duration timeout;
    private volatile ExecutorService worker = newWorker();

    TextExtractor(LibraryProperties properties) {
        this.maxCharacters = properties.maxTextCharacters();
        this.timeout = properties.textTimeout();
    }

    /** @param mediaType the type the file store detected from the content */
    public Extraction extract(InputStream content, String mediaType) {
        if (PLAIN.contains(mediaType)) {
            return plain(content);
        }
        if (!PARSED.contains(mediaType)) {
            // images and other files without text: found by title, summary and tags
            return new Extraction(TextStatus.EXTRACTED, "", null);
        }
        Future<Extraction> parsing = worker.submit(() -> parse(content));
        try {
            return parsing.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            parsing.cancel(true);
            ExecutorService stuck = worker;
            worker = newWorker();
            stuck.shutdownNow();
            return new Extraction(TextStatus.FAILED, "", "Reading the file took longer than %d seconds, so it was "
                    .formatted(timeout.toSeconds()) + "given up. Is it very large or damaged?");
        } catch (ExecutionException crashed) {
            return new Extraction(TextStatus.FAILED, "", "The file could not be read: " + reason(crashed.getCause()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            parsing.cancel(true);
            return new Extraction(TextStatus.FAILED, "", "Reading the file was interrupted; upload it again.");
        }
    }

    private Extraction parse(InputStream content) {
        BodyContentHandler handler = new BodyContentHandler(maxCharacters);
        try (TikaInputStream in = TikaInputStream.get(content)) {
            try {
                parser.parse(in, handler, new Metadata(), new ParseContext());
            } catch (Exception e) {
                if (WriteLimitReachedException.isWriteLimitReached(e)) {
                    return new Extraction(TextStatus.TRUNCATED, handler.toString(), null);
                }
                throw e;
            }
            return new Extraction(TextStatus.EXTRACTED, handler.toString(), null);
        } catch (EncryptedDocumentException locked) {
            return new Extraction(TextStatus.FAILED, "", "The file is password-protected, so its text cannot be read.");
        } catch (Exception | LinkageError | OutOfMemoryError broken) {
            return new Extraction(TextStatus.FAILED, "", "The file could not be read: " + reason(broken));
        }
    }

    private Extraction plain(InputStream content) {
        try {
            byte[] bytes = content.readNBytes(maxCharacters * 4);
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.length() > maxCharacters
                    ? new Extraction(TextStatus.TRUNCATED, text.substring(0, maxCharacters), null)
                    : new Extraction(TextStatus.EXTRACTED, text, null);
        } catch (java.io.IOException unreadable) {
            return new Extraction(TextStatus.FAILED, "", "The file could not be read: " + reason(unreadable));
        }
    }

    private static String reason(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "library-text");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
