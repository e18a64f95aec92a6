package org.allteach.library.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

import org.allteach.library.LibraryProperties;
import org.allteach.library.TextStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Reads the text of a PDF or Office file for search, within limits: at most {@code maxTextCharacters} are kept, a
 * file that takes longer than {@code textTimeout} or needs more than {@code textMemory} is given up. Nothing is
 * thrown: the result says what happened, in words the uploader understands.
 * <p>
 * PDF and Office files are parsed in a separate Java process, {@link TextReader}, one file at a time: a parser stuck
 * in a loop is killed with its process, and a file that fills the reader's heap ends only the reader. The reader
 * stays running between files (starting one takes seconds, reading a small file then milliseconds), is replaced when
 * it was killed, and stops after {@link #IDLE_LIMIT} without files. Plain text is read here. See
 * docs/decisions/0015-text-reading-in-a-child-process.md.
 */
@Component
public class TextExtractor implements DisposableBean {

    public record Extraction(TextStatus status, String text, String problem) {
    }

    private static final Duration IDLE_LIMIT = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(TextExtractor.class);
    private static final Set<String> PARSED = Set.of("application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint");
    private static final Set<String> PLAIN = Set.of("text/plain", "text/csv");

    private final Class<?> readerMain;
    private final int maxCharacters;
    private final Duration timeout;
    private final DataSize memory;
    /** One file at a time; guards {@link #reader} and {@link #lastUsed}. */
    private final ReentrantLock reading = new ReentrantLock(true);
    private volatile TextReaderProcess reader;
    private long lastUsed;

    @Autowired
    TextExtractor(LibraryProperties properties) {
        this(properties, TextReader.class);
    }

    /** @param readerMain the child's main class: {@link TextReader}, or in tests one that misbehaves */
    TextExtractor(LibraryProperties properties, Class<?> readerMain) {
        this.readerMain = readerMain;
        this.maxCharacters = properties.maxTextCharacters();
        this.timeout = properties.textTimeout();
        this.memory = properties.textMemory();
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
        Path copy;
        try {
            // the reader opens the file itself: PDF parsing jumps around in it
            copy = Files.createTempFile("allteach-text-", ".upload");
        } catch (IOException noTempFile) {
            log.error("No temporary file for reading a file's text", noTempFile);
            return failed("The server could not read the file just now (no temporary space); upload it again later.");
        }
        try {
            // into the file as created (readable by the portal's user only), not a replaced one
            try (OutputStream out = Files.newOutputStream(copy)) {
                content.transferTo(out);
            }
            return parse(copy);
        } catch (IOException unreadable) {
            return failed("The file could not be read: " + unreadable.getMessage());
        } finally {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException leftBehind) {
                log.warn("Could not delete {}", copy, leftBehind);
            }
        }
    }

    private Extraction parse(Path file) {
        try {
            reading.lockInterruptibly();
        } catch (InterruptedException interrupted) {
            return interrupted();
        }
        try {
            if (reader == null) {
                reader = startReader();
                if (reader == null) {
                    return failed("The server could not start its text reader; ask the portal's administrator to "
                            + "check its log.");
                }
            }
            Extraction result = reader.read(file, timeout);
            lastUsed = System.nanoTime();
            return result;
        } catch (TimeoutException slow) {
            log.warn("Reading a file's text took longer than {}: killed text reader {}", timeout, reader.pid());
            reader = null;
            return failed(("Reading the file took longer than %d seconds, so it was given up. Is it very large or "
                    + "damaged?").formatted(timeout.toSeconds()));
        } catch (TextReaderProcess.Stopped stopped) {
            reader = null;
            if (stopped.exitCode() == TextReaderProcess.OUT_OF_MEMORY) {
                return failed("Reading the file needed more than %d MB of memory, so it was given up. Is it very large?"
                        .formatted(memory.toMegabytes()));
            }
            log.error("The text reader stopped while reading a file, with exit code {}", stopped.exitCode());
            return failed("The file could not be read: the text reader stopped unexpectedly.");
        } catch (InterruptedException interrupted) {
            reader = null;
            return interrupted();
        } finally {
            reading.unlock();
        }
    }

    /** @return the started reader, or null when it could not start (logged for the administrator) */
    private TextReaderProcess startReader() throws InterruptedException {
        try {
            return TextReaderProcess.start(readerMain, maxCharacters, memory);
        } catch (TextReaderProcess.Stopped stopped) {
            log.error("The text reader ended while starting, with exit code {}{}", stopped.exitCode(),
                    stopped.exitCode() == TextReaderProcess.OUT_OF_MEMORY
                            ? ": allteach.library.text-memory (" + memory + ") is too small" : "");
        } catch (IOException | TimeoutException | RuntimeException cannotStart) {
            log.error("Could not start the text reader", cannotStart);
        }
        return null;
    }

    /** Gives the reader's memory back when no files come for a while. */
    @Scheduled(fixedDelay = 1, timeUnit = TimeUnit.MINUTES)
    void stopIdleReader() {
        if (!reading.tryLock()) {
            return;
        }
        try {
            if (reader != null && System.nanoTime() - lastUsed > IDLE_LIMIT.toNanos()) {
                stopReader();
            }
        } finally {
            reading.unlock();
        }
    }

    private void stopReader() {
        try {
            reader.stop();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        reader = null;
    }

    private Extraction plain(InputStream content) {
        try {
            byte[] bytes = content.readNBytes(maxCharacters * 4);
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.length() > maxCharacters
                    ? new Extraction(TextStatus.TRUNCATED, text.substring(0, maxCharacters), null)
                    : new Extraction(TextStatus.EXTRACTED, text, null);
        } catch (IOException unreadable) {
            return failed("The file could not be read: " + unreadable.getMessage());
        }
    }

    private static Extraction failed(String problem) {
        return new Extraction(TextStatus.FAILED, "", problem);
    }

    private static Extraction interrupted() {
        Thread.currentThread().interrupt();
        return failed("Reading the file was interrupted; upload it again.");
    }

    @Override
    public void destroy() throws InterruptedException {
        if (reading.tryLock()) {
            try {
                if (reader != null) {
                    stopReader();
                }
            } finally {
                reading.unlock();
            }
        } else {
            // a file is being read: give it up, the reader must not outlive the portal
            TextReaderProcess busy = reader;
            if (busy != null) {
                busy.kill();
            }
        }
    }
}
