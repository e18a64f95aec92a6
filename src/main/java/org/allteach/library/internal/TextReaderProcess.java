package org.allteach.library.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.allteach.library.TextStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.unit.DataSize;

/**
 * One running {@link TextReader} child JVM: started with its own heap limit, asked for one file at a time, and killed
 * when a file takes too long. Not thread-safe: {@link TextExtractor} hands it one file at a time.
 */
final class TextReaderProcess {

    /** The reader exited because its heap was full ({@code -XX:+ExitOnOutOfMemoryError} exits with 3). */
    static final int OUT_OF_MEMORY = 3;

    private static final Logger log = LoggerFactory.getLogger(TextReaderProcess.class);
    private static final Duration START_LIMIT = Duration.ofSeconds(60);
    private static final Duration EXIT_LIMIT = Duration.ofSeconds(10);
    private static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    /** The reader ended without answering; {@code exitCode} says why. */
    static final class Stopped extends Exception {
        private final int exitCode;

        Stopped(int exitCode) {
            super("the text reader stopped with exit code " + exitCode);
            this.exitCode = exitCode;
        }

        int exitCode() {
            return exitCode;
        }
    }

    private final Process process;
    private final DataOutputStream files;
    private final DataInputStream answers;
    private final int maxAnswerBytes;

    private TextReaderProcess(Process process, int maxCharacters) {
        this.process = process;
        this.files = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        this.answers = new DataInputStream(new BufferedInputStream(process.getInputStream()));
        this.maxAnswerBytes = maxCharacters * 4;
    }

    /**
     * Starts a reader and waits until it has loaded its parsers.
     *
     * @param main {@link TextReader}, or in tests a main that serves through it with a parser that misbehaves
     */
    static TextReaderProcess start(Class<?> main, int maxCharacters, DataSize memory)
            throws IOException, Stopped, TimeoutException, InterruptedException {
        // the class path goes in an argument file: on Windows a command line holds only 32,767 characters
        Path classPathFile = Files.createTempFile("allteach-text-reader", ".args");
        try {
            String classPath = System.getProperty("java.class.path");
            Files.writeString(classPathFile, "-cp \"" + classPath.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java,
                    // a file that fills the heap ends the reader, with exit code 3, instead of the portal
                    "-Xmx" + memory.toBytes(), "-XX:+ExitOnOutOfMemoryError",
                    // stdout carries the answers only; the JVM's own messages go to stderr, which is logged
                    "-XX:+DisplayVMOutputToStderr",
                    // one file at a time on one core, with garbage collection and compilation sized for one core:
                    // the other cores stay with the portal. Not niced: the time limit is wall-clock time, and a reader
                    // starved by a busy portal would fail files that are fine.
                    "-XX:ActiveProcessorCount=1", "-XX:+UseSerialGC",
                    "-Djava.awt.headless=true",
                    // the libraries' warnings about odd files are noise here
                    "-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider",
                    "-Dslf4j.internal.verbosity=WARN",
                    "@" + classPathFile));
            command.addAll(mainClassArguments(main, classPath));
            command.add(String.valueOf(maxCharacters));
            ProcessBuilder builder = new ProcessBuilder(command);
            Map<String, String> environment = builder.environment();
            // options meant for the portal (a debugger port, an agent, its heap share) must not reach the reader
            environment.remove("JAVA_TOOL_OPTIONS");
            environment.remove("JDK_JAVA_OPTIONS");
            environment.remove("_JAVA_OPTIONS");
            TextReaderProcess reader = new TextReaderProcess(builder.start(), maxCharacters);
            reader.logErrors();
            try {
                if (reader.await(reader.answers::read, START_LIMIT) != TextReader.READY) {
                    throw reader.stopped();
                }
            } catch (ExecutionException ended) {
                throw reader.stopped();
            } catch (TimeoutException | InterruptedException notStarted) {
                reader.kill();
                throw notStarted;
            }
            log.debug("Text reader {} started", reader.pid());
            return reader;
        } finally {
            Files.deleteIfExists(classPathFile);
        }
    }

    /**
     * The production jar keeps our classes and libraries inside itself (BOOT-INF), where only Spring Boot's launcher
     * finds them; elsewhere (IDE, {@code spring-boot:run}, tests) the class path lists them.
     */
    private static List<String> mainClassArguments(Class<?> main, String classPath) throws IOException {
        if (!classPath.contains(File.pathSeparator) && classPath.endsWith(".jar")) {
            try (JarFile jar = new JarFile(classPath)) {
                Manifest manifest = jar.getManifest();
                String launcher = manifest == null ? null : manifest.getMainAttributes().getValue("Main-Class");
                if (launcher != null && launcher.startsWith("org.springframework.boot.loader.")) {
                    return List.of("-Dloader.main=" + main.getName(), BOOT_LAUNCHER);
                }
            }
        }
        return List.of(main.getName());
    }

    /**
     * Has the reader read one file. When it takes longer than {@code timeout} the reader is killed (and gone when
     * this returns); when the reader ends without answering, {@link Stopped} says how it ended.
     */
    TextExtractor.Extraction read(Path file, Duration timeout)
            throws TimeoutException, Stopped, InterruptedException {
        try {
            files.writeUTF(file.toString());
            files.flush();
            return await(this::answer, timeout);
        } catch (IOException | ExecutionException ended) {
            throw stopped();
        } catch (TimeoutException | InterruptedException givenUp) {
            kill();
            throw givenUp;
        }
    }

    private TextExtractor.Extraction answer() throws IOException {
        TextStatus status = TextStatus.valueOf(answers.readUTF());
        String problem = answers.readUTF();
        int length = answers.readInt();
        if (length < 0 || length > maxAnswerBytes) {
            throw new IOException("the text reader answered " + length + " bytes of text");
        }
        String text = new String(answers.readNBytes(length), StandardCharsets.UTF_8);
        return new TextExtractor.Extraction(status, text, problem.isEmpty() ? null : problem);
    }

    /** Blocking pipe reads cannot time out; read on a virtual thread and stop waiting for it instead. */
    private <T> T await(Callable<T> reading, Duration limit)
            throws ExecutionException, TimeoutException, InterruptedException {
        FutureTask<T> task = new FutureTask<>(reading);
        Thread.ofVirtual().name("library-text-reader-" + pid()).start(task);
        return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Logs what the reader prints on stderr: the JVM's own messages, such as why it could not start. */
    private void logErrors() {
        Thread.ofVirtual().name("library-text-reader-log-" + pid()).start(() -> {
            try (BufferedReader errors = new BufferedReader(
                    new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = errors.readLine(); line != null; line = errors.readLine()) {
                    log.warn("Text reader {}: {}", pid(), line);
                }
            } catch (IOException | UncheckedIOException closed) {
                // the reader is gone
            }
        });
    }

    /** Waits for a reader that stopped answering to end, and says how it ended. */
    private Stopped stopped() throws InterruptedException {
        if (!process.waitFor(EXIT_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
        }
        return new Stopped(process.isAlive() ? -1 : process.exitValue());
    }

    /** Kills the reader (it may be stuck in a loop) and waits until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(EXIT_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
            log.error("Text reader {} is still running {} after it was killed", pid(), EXIT_LIMIT);
            return;
        }
        closeStreams();
    }

    /** Asks an idle reader to end (it ends when stdin closes), and kills it if it does not. */
    void stop() throws InterruptedException {
        closeStreams();
        if (!process.waitFor(EXIT_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
        }
    }

    private void closeStreams() {
        try {
            files.close();
        } catch (IOException alreadyGone) {
            // nothing left to close
        }
        try {
            answers.close();
        } catch (IOException alreadyGone) {
            // nothing left to close
        }
    }

    long pid() {
        return process.pid();
    }
}
