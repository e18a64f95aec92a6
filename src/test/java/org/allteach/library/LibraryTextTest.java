package org.allteach.library;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.allteach.files.FileStorage;
import org.allteach.files.StoredFile;
import org.allteach.files.UploadRules;
import org.allteach.support.Await;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.allteach.files.OfficeDocuments.docx;
import static org.allteach.files.OfficeDocuments.pdf;
import static org.assertj.core.api.Assertions.assertThat;

/** Every uploaded version's text is read in the background, within limits, with the outcome shown to its uploader. */
class LibraryTextTest extends IntegrationTestBase {

    @Autowired
    private Library library;

    @Autowired
    private FileStorage files;

    @Autowired
    private JdbcClient jdbc;

    private Scenarios.Scenario s;

    @BeforeEach
    void scenario() {
        s = scenarios.create();
    }

    @Test
    void theWordsOfAPdfAndOfANewDocxVersionAreRead() throws IOException {
        long id = add("A1c toolkit.pdf", pdf("Hemoglobin A1c below eight percent for Spanish speaking patients"));
        VersionView first = awaitRead(id, 1);
        assertThat(first.textStatus()).isEqualTo(TextStatus.EXTRACTED);
        assertThat(textOf(id, 1)).contains("Hemoglobin A1c below eight percent");

        StoredFile docx = upload("A1c toolkit v2.docx", docx("Pharmacist-led medication titration protocol"));
        as(s.leadA(), () -> library.addVersion(id, docx.id(), null));
        assertThat(awaitRead(id, 2).textStatus()).isEqualTo(TextStatus.EXTRACTED);
        assertThat(textOf(id, 2)).contains("Pharmacist-led medication titration protocol");
    }

    @Test
    void aBrokenPdfIsMarkedCouldNotBeIndexedWithTheReasonForTheUploaderOnly() {
        long id = add("Broken.pdf", "%PDF-1.4\nthis is not really a PDF\n%%EOF".getBytes(StandardCharsets.US_ASCII));
        VersionView version = awaitRead(id, 1);
        assertThat(version.textStatus()).isEqualTo(TextStatus.FAILED);
        assertThat(version.textProblem()).startsWith("The file could not be read:");
        VersionView seenByOthers = as(s.participantB(), () -> library.resource(id)).versions().getFirst();
        assertThat(seenByOthers.textStatus()).isNull();
        assertThat(seenByOthers.textProblem()).isNull();
    }

    private long add(String name, byte[] content) {
        StoredFile file = upload(name, content);
        return as(s.leadA(), () -> library.add(new ResourceDetails(s.collaborativeId(), ResourceKind.TOOLKIT,
                "Toolkit " + name, "", null, List.of(), null, null, null, Visibility.COLLABORATIVE, null), file.id(),
                null));
    }

    private StoredFile upload(String name, byte[] content) {
        return as(s.leadA(), () -> files.store(name, new ByteArrayInputStream(content),
                UploadRules.documents(5_000_000)));
    }

    /** Text is read in the background: waits until the version's status is no longer pending. */
    private VersionView awaitRead(long resourceId, int number) {
        return Await.until(() -> as(s.leadA(), () -> library.resource(resourceId)).versions().stream()
                .filter(v -> v.number() == number).findFirst().orElseThrow(),
                version -> version.textStatus() != TextStatus.PENDING);
    }

    private String textOf(long resourceId, int number) {
        return jdbc.sql("""
                        SELECT t.text FROM library_version_text t JOIN library_version v ON v.id = t.version_id
                        WHERE v.resource_id = :resource AND v.number = :number""")
                .param("resource", resourceId).param("number", number).query(String.class).single();
    }
}
