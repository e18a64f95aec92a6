package org.allteach.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.allteach.shared.InvalidInput;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Uploads on a real disk and a real database: what is kept, what is refused and why. */
class FileStorageTest extends IntegrationTestBase {

    private static final UploadRules PHOTOS = UploadRules.images(FileSizes.MB);
    private static final UploadRules DOCUMENTS = UploadRules.documents(5 * FileSizes.MB);

    @Autowired
    FileStorage storage;
    @Autowired
    FilesProperties properties;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aPngKeepsItsBytesAndTheirHashAndRecordsWhoSentItWhen() throws Exception {
        Person uploader = scenarios.newPerson("Priya Natarajan");
        byte[] png = SampleFiles.png();
        clock.advance(Duration.ofDays(3));
        Instant before = clock.instant().truncatedTo(ChronoUnit.MICROS);

        StoredFile stored = as(uploader, () -> store("Run chart.png", png, PHOTOS));

        assertThat(stored.mediaType()).isEqualTo("image/png");
        assertThat(stored.displayName()).isEqualTo("Run chart.png");
        assertThat(stored.sizeBytes()).isEqualTo(png.length);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(png)));
        assertThat(stored.uploadedBy()).isEqualTo(uploader.id());
        assertThat(stored.uploadedAt()).isBetween(before, clock.instant());
        try (InputStream content = storage.open(stored)) {
            assertThat(content.readAllBytes()).isEqualTo(png);
        }
        assertThat(storage.find(stored.id())).contains(stored);
        Path onDisk = properties.root().resolve(stored.key().substring(0, 2)).resolve(stored.key().substring(2, 4))
                .resolve(stored.key());
        assertThat(onDisk).exists().hasSize(png.length);
    }

    @Test
    void aWindowsProgramNamedLikeAPhotoIsRefusedSayingWhatItReallyIs() {
        Person uploader = scenarios.newPerson("Mallory Mason");

        assertThatThrownBy(() -> as(uploader, () -> store("photo.png", SampleFiles.windowsProgram(), PHOTOS)))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.fieldErrors())
                        .containsEntry("file", "photo.png is not an image: its content is a Windows program "
                                + "(application/x-msdownload)."));
        assertThat(incomingUploads()).isZero();
    }

    @Test
    void aFileOverTheLimitIsRefusedAfterReadingOneByteMoreThanTheLimit() {
        Person uploader = scenarios.newPerson("Hugo Bigfile");
        EndlessImage endless = new EndlessImage();
        long storedBefore = filesOnDisk();

        assertThatThrownBy(() -> as(uploader, () -> storage.store("scan.png", endless, PHOTOS)))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.fieldErrors())
                        .containsEntry("file", "scan.png is larger than the 1 MB limit."));
        assertThat(endless.bytesRead).isEqualTo(FileSizes.MB + 1);
        assertThat(incomingUploads()).isZero();
        assertThat(filesOnDisk()).isEqualTo(storedBefore);
    }

    @Test
    void anAnnouncedSizeOverTheLimitIsRefusedBeforeReadingAnything() {
        Person uploader = scenarios.newPerson("Hugo Bigfile");
        EndlessImage endless = new EndlessImage();

        assertThatThrownBy(() -> as(uploader, () -> storage.store("photo.png", endless, 12_900_000,
                UploadRules.images(10 * FileSizes.MB))))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.fieldErrors())
                        .containsEntry("file", "photo.png is 12.3 MB; the limit is 10 MB."));
        assertThat(endless.bytesRead).isZero();
    }

    @Test
    void documentsAreRecognisedByTheirContentWhateverTheirName() {
        Person uploader = scenarios.newPerson("Dora Documents");

        StoredFile word = as(uploader, () -> store("notes.txt", SampleFiles.docx(), DOCUMENTS));
        StoredFile pdf = as(uploader, () -> store("scan.txt", SampleFiles.pdf(), DOCUMENTS));
        StoredFile unnamed = as(uploader, () -> store("storyboard", SampleFiles.docx(), DOCUMENTS));

        assertThat(word.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(word.displayName()).isEqualTo("notes.docx");
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        assertThat(pdf.displayName()).isEqualTo("scan.pdf");
        assertThat(unnamed.displayName()).isEqualTo("storyboard.docx");
    }

    @Test
    void theNameOnlyPicksAmongKindsTheContentCannotTellApart() {
        Person uploader = scenarios.newPerson("Tess Tables");

        assertThat(as(uploader, () -> store("a1c.csv", SampleFiles.text("clinic,a1c\nSouthside,7.9\n"), DOCUMENTS))
                .mediaType()).isEqualTo("text/csv");
        assertThat(as(uploader, () -> store("budget.xls", SampleFiles.olderOfficeFile(), DOCUMENTS)).mediaType())
                .isEqualTo("application/vnd.ms-excel");
        assertThat(as(uploader, () -> store("notes.java", SampleFiles.text("plain words"), DOCUMENTS)))
                .extracting(StoredFile::mediaType, StoredFile::displayName)
                .containsExactly("text/plain", "notes.txt");
        assertThatThrownBy(() -> as(uploader, () -> store("report.docx", SampleFiles.zip(), DOCUMENTS)))
                .hasMessage("report.docx is not a document or image we accept: its content is a ZIP archive "
                        + "(application/zip).");
    }

    @Test
    void macroEnabledOfficeFilesAndDocumentsInAPhotoFieldAreRefused() {
        Person uploader = scenarios.newPerson("Max Macro");

        assertThatThrownBy(() -> as(uploader, () -> store("minutes.docx", SampleFiles.docm(), DOCUMENTS)))
                .hasMessage("minutes.docx is not a document or image we accept: its content is a Word document "
                        + "with macros (application/vnd.ms-word.document.macroenabled.12).");
        assertThatThrownBy(() -> as(uploader, () -> store("chart.png", SampleFiles.pdf(), PHOTOS)))
                .hasMessage("chart.png is not an image: its content is a PDF document (application/pdf).");
        assertThatThrownBy(() -> as(uploader, () -> store("blank.png", new byte[0], PHOTOS)))
                .hasMessage("blank.png is empty.");
    }

    @Test
    void hostileNamesEndUpAsHarmlessFileNames() {
        Person uploader = scenarios.newPerson("Eve Names");

        assertThat(as(uploader, () -> store("../../etc/passwd", SampleFiles.text("root:x:0:0"), DOCUMENTS))
                .displayName()).isEqualTo("passwd.txt");
        assertThat(as(uploader, () -> store("a\"\r\nX-Injected: 1.png", SampleFiles.png(), PHOTOS)).displayName())
                .isEqualTo("a X-Injected 1.png");
        assertThat(as(uploader, () -> store("C:\\Users\\eve\\invoice\u202Egpj.exe", SampleFiles.png(), PHOTOS))
                .displayName()).isEqualTo("invoicegpj.png");
        String longName = as(uploader, () -> store("x".repeat(400) + ".jpeg", SampleFiles.jpeg(), PHOTOS))
                .displayName();
        assertThat(longName).hasSize(150).endsWith("x.jpeg");
    }

    @Test
    void aFileStoredInATransactionThatRollsBackLeavesNothingOnDisk() {
        Person uploader = scenarios.newPerson("Rolf Back");
        long before = filesOnDisk();

        StoredFile stored = as(uploader, () -> transaction.execute(status -> {
            StoredFile file = store("draft.png", SampleFiles.png(), PHOTOS);
            status.setRollbackOnly();
            return file;
        }));

        assertThat(storage.find(stored.id())).isEmpty();
        assertThat(filesOnDisk()).isEqualTo(before);
    }

    @Test
    void onlyTheUploaderFindsAFileThatNoFeatureShares() {
        Person uploader = scenarios.newPerson("Una Uploader");
        Person other = scenarios.newPerson("Otto Other");
        StoredFile stored = as(uploader, () -> store("chart.png", SampleFiles.png(), PHOTOS));

        assertThat(as(uploader, () -> storage.findReadable(stored.id()))).contains(stored);
        assertThat(as(other, () -> storage.findReadable(stored.id()))).isEmpty();
        assertThat(as(other, () -> storage.findReadable(Long.MAX_VALUE))).isEmpty();
    }

    private StoredFile store(String name, byte[] content, UploadRules rules) {
        return storage.store(name, new ByteArrayInputStream(content), rules);
    }

    private long incomingUploads() {
        try (Stream<Path> files = Files.list(properties.root().resolve("incoming"))) {
            return files.count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private long filesOnDisk() {
        try (Stream<Path> files = Files.walk(properties.root())) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PNG that never ends, counting what was read from it. */
    private static final class EndlessImage extends InputStream {

        private final byte[] header = SampleFiles.png();
        long bytesRead;

        @Override
        public int read() {
            int value = bytesRead < header.length ? header[(int) bytesRead] & 0xFF : 0;
            bytesRead++;
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            for (int i = 0; i < length; i++) {
                buffer[offset + i] = (byte) read();
            }
            return length;
        }
    }
}
