package org.allteach.library.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.allteach.library.LibraryProperties;
import org.allteach.library.TextStatus;
import org.allteach.library.internal.TextExtractor.Extraction;
import org.allteach.support.Await;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.allteach.files.OfficeDocuments.pdf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * PDF and Office files are read in a separate Java process, one after another, and that process is killed when a
 * file takes too long or fills its memory; the portal then reports why and reads the next file with a new one.
 */
class TextExtractorTest {

    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final List<TextExtractor> extractors = new ArrayList<>();

    @AfterEach
    void stopReaders() throws InterruptedException {
        for (TextExtractor extractor : extractors) {
            extractor.destroy();
        }
    }

    @Test
    void filesAreReadOneAfterAnotherByOneReaderProcessThatKeepsTheCharacterLimit() throws Exception {
        // the looping reader reads like the real one, and only this test's extractor starts it
        TextExtractor extractor = extractor(40, Duration.ofSeconds(60), DataSize.ofMegabytes(256),
                LoopingTextReader.class);

        Extraction first = read(extractor, PDF, pdf("Hemoglobin A1c below eight percent"));
        ProcessHandle reader = readerOf(LoopingTextReader.class);
        Extraction second = read(extractor, PDF,
                pdf("Pharmacist-led medication titration protocol for Spanish speaking patients"));

        assertThat(first.status()).isEqualTo(TextStatus.EXTRACTED);
        assertThat(first.text()).contains("Hemoglobin A1c below eight percent");
        assertThat(second.status()).isEqualTo(TextStatus.TRUNCATED);
        assertThat(second.text()).hasSizeLessThanOrEqualTo(40).contains("Pharmacist-led medication");
        assertThat(readers(LoopingTextReader.class)).containsExactly(reader);
    }

    @Test
    void aPasswordProtectedOrBrokenFileIsGivenUpWithAReasonTheUploaderUnderstands() throws Exception {
        TextExtractor extractor = extractor(2_000_000, Duration.ofSeconds(60), DataSize.ofMegabytes(256),
                TextReader.class);

        Extraction locked = read(extractor, PDF, encrypted(pdf("Board report on falls with harm")));
        Extraction broken = read(extractor, PDF,
                "%PDF-1.4\nthis is not really a PDF\n%%EOF".getBytes(StandardCharsets.US_ASCII));

        assertThat(locked).isEqualTo(new Extraction(TextStatus.FAILED, "",
                "The file is password-protected, so its text cannot be read."));
        assertThat(broken.status()).isEqualTo(TextStatus.FAILED);
        assertThat(broken.problem()).startsWith("The file could not be read:");
    }

    @Test
    void aParserStuckInALoopIsKilledAtTheTimeLimitAndTheNextFileIsRead() throws Exception {
        // long enough for a fresh reader's first file on a busy test machine
        TextExtractor extractor = extractor(2_000_000, Duration.ofSeconds(10), DataSize.ofMegabytes(256),
                LoopingTextReader.class);

        CompletableFuture<Extraction> stuck = CompletableFuture.supplyAsync(() -> read(extractor, PDF,
                pdf("Run chart " + LoopingTextReader.STUCK_HERE)));
        ProcessHandle looping = readerOf(LoopingTextReader.class);
        Extraction givenUp = stuck.get(60, TimeUnit.SECONDS);

        assertThat(givenUp).isEqualTo(new Extraction(TextStatus.FAILED, "",
                "Reading the file took longer than 10 seconds, so it was given up. Is it very large or damaged?"));
        assertThat(looping.isAlive()).as("the stuck reader is killed").isFalse();

        Extraction next = read(extractor, PDF, pdf("Control chart with three sigma limits"));
        assertThat(next.status()).isEqualTo(TextStatus.EXTRACTED);
        assertThat(next.text()).contains("Control chart with three sigma limits");
        assertThat(readers(LoopingTextReader.class)).hasSize(1).doesNotContain(looping);
    }

    @Test
    void aFileThatNeedsMoreMemoryThanTheReaderHasIsGivenUpAndTheNextFileIsRead() throws Exception {
        TextExtractor extractor = extractor(2_000_000, Duration.ofSeconds(60), DataSize.ofMegabytes(64),
                TextReader.class);

        Extraction huge = read(extractor, DOCX, hugeDocx());
        Extraction next = read(extractor, PDF, pdf("Driver diagram for sepsis bundles"));

        assertThat(huge).isEqualTo(new Extraction(TextStatus.FAILED, "",
                "Reading the file needed more than 64 MB of memory, so it was given up. Is it very large?"));
        assertThat(next.status()).isEqualTo(TextStatus.EXTRACTED);
        assertThat(next.text()).contains("Driver diagram for sepsis bundles");
    }

    private TextExtractor extractor(int maxCharacters, Duration timeout, DataSize memory, Class<?> readerMain) {
        TextExtractor extractor = new TextExtractor(new LibraryProperties(DataSize.ofMegabytes(50), maxCharacters,
                timeout, memory), readerMain);
        extractors.add(extractor);
        return extractor;
    }

    private static Extraction read(TextExtractor extractor, String mediaType, byte[] content) {
        return extractor.extract(new ByteArrayInputStream(content), mediaType);
    }

    /** Waits until this JVM has started a reader process with the given main class. */
    private static ProcessHandle readerOf(Class<?> main) {
        List<ProcessHandle> started = Await.until(() -> readers(main), found -> !found.isEmpty(),
                Duration.ofSeconds(60));
        if (started.isEmpty()) {
            throw new AssertionError("no text reader process started");
        }
        return started.getFirst();
    }

    private static List<ProcessHandle> readers(Class<?> main) {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                .filter(child -> child.info().commandLine().orElse("").contains(" " + main.getName() + " "))
                .toList();
    }

    private static byte[] encrypted(byte[] pdf) throws IOException {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner secret", "reader secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        }
    }

    /**
     * A Word document of 200,000 numbered paragraphs: under 2 MB zipped, but Word's document model needs several
     * hundred megabytes to hold it.
     */
    private static byte[] hugeDocx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("""
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                      <Default Extension="xml" ContentType="application/xml"/>
                      <Override PartName="/word/document.xml"
                        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write("""
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                      <Relationship Id="rId1" Target="word/document.xml"
                        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
                    </Relationships>""".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            StringBuilder document = new StringBuilder("""
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""");
            for (int paragraph = 1; paragraph <= 200_000; paragraph++) {
                document.append("<w:p><w:r><w:t>Step ").append(paragraph).append(" of the change package, tested in ")
                        .append(paragraph % 97).append(" units</w:t></w:r></w:p>");
            }
            document.append("</w:body></w:document>");
            zip.write(document.toString().getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
