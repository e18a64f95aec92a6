package org.allteach.library.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.allteach.library.TextStatus;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The separate Java process in which {@link TextExtractor} has PDF and Office files read, so that a parser stuck in a
 * loop or eating memory can be killed without touching the portal. Started as {@code TextReader <maxCharacters>}, it
 * says {@link #READY} once Tika is loaded, then reads files one after another: the portal writes a file's path to
 * stdin, the reader answers on stdout with the status, the problem ("" when none) and the text. It ends when the
 * portal closes stdin, or when the portal itself is gone.
 */
public final class TextReader {

    /** Sent once the parsers are loaded, so the portal's time limit counts reading only, not the start. */
    static final int READY = 'R';

    private TextReader() {
    }

    public static void main(String[] args) throws IOException {
        serve(Integer.parseInt(args[0]), new AutoDetectParser());
    }

    static void serve(int maxCharacters, Parser parser) throws IOException {
        // stdout carries the answers; whatever a library prints goes to stderr, which the portal logs
        DataOutputStream answers = new DataOutputStream(new BufferedOutputStream(
                new FileOutputStream(FileDescriptor.out)));
        System.setOut(System.err);
        // a portal killed hard cannot stop a parse that never ends: stop with it
        ProcessHandle.current().parent()
                .ifPresent(portal -> portal.onExit().thenRun(() -> Runtime.getRuntime().halt(1)));
        DataInputStream files = new DataInputStream(new BufferedInputStream(System.in));
        answers.write(READY);
        answers.flush();
        while (true) {
            String file;
            try {
                file = files.readUTF();
            } catch (EOFException portalStoppedUs) {
                return;
            }
            TextExtractor.Extraction result = read(Path.of(file), parser, maxCharacters);
            byte[] text = result.text().getBytes(StandardCharsets.UTF_8);
            answers.writeUTF(result.status().name());
            answers.writeUTF(result.problem() == null ? "" : result.problem());
            answers.writeInt(text.length);
            answers.write(text);
            answers.flush();
        }
    }

    private static TextExtractor.Extraction read(Path file, Parser parser, int maxCharacters) {
        BodyContentHandler handler = new BodyContentHandler(maxCharacters);
        try (TikaInputStream in = TikaInputStream.get(file)) {
            try {
                parser.parse(in, handler, new Metadata(), new ParseContext());
            } catch (Exception e) {
                if (WriteLimitReachedException.isWriteLimitReached(e)) {
                    return new TextExtractor.Extraction(TextStatus.TRUNCATED, handler.toString(), null);
                }
                throw e;
            }
            return new TextExtractor.Extraction(TextStatus.EXTRACTED, handler.toString(), null);
        } catch (EncryptedDocumentException locked) {
            return new TextExtractor.Extraction(TextStatus.FAILED, "",
                    "The file is password-protected, so its text cannot be read.");
        } catch (Exception | LinkageError | StackOverflowError broken) {
            // running out of memory ends this process instead (-XX:+ExitOnOutOfMemoryError); the portal says why
            return new TextExtractor.Extraction(TextStatus.FAILED, "", "The file could not be read: " + reason(broken));
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
}
