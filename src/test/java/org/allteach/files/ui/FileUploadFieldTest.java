package org.allteach.files.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import org.allteach.files.FileStorage;
import org.allteach.files.SampleFiles;
import org.allteach.files.StoredFile;
import org.allteach.support.BrowserTestBase;
import org.allteach.support.Scenarios.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The upload field in a real browser, on a test-only form ({@link FileUploadTestView}). */
class FileUploadFieldTest extends BrowserTestBase {

    @Autowired
    FileStorage storage;

    @Test
    void aPhotoIsStoredAndListedAndADisguisedProgramIsExplainedUnderTheField() {
        Person person = scenarios.newPerson("Lucia Uploads");
        signIn(person);
        open("test/file-upload");
        field("Title").fill("Week 3 run chart");

        pick(new FilePayload("Run chart.png", "image/png", SampleFiles.png()));
        assertThat(items()).hasCount(1);
        assertThat(items().first()).containsText("Run chart.png");

        pick(new FilePayload("photo.png", "image/png", SampleFiles.windowsProgram()));
        assertThat(error()).hasText(
                "photo.png is not an image: its content is a Windows program (application/x-msdownload).");
        screenshot("file-upload-refused");

        assertThat(items()).hasCount(1);
        assertThat(field("Title")).hasValue("Week 3 run chart");
        String stored = page.locator("#stored-files").textContent();
        long id = Long.parseLong(stored.substring(0, stored.indexOf(':')));
        assertThat(storage.find(id)).get().extracting(StoredFile::uploadedBy).isEqualTo(person.id());
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsSentAndAStoredOneCanBeRemoved() {
        Person person = scenarios.newPerson("Bruno Bytes");
        signIn(person);
        open("test/file-upload");

        pick(new FilePayload("scan.png", "image/png", new byte[1536 * 1024]));
        assertThat(error()).hasText("scan.png is 1.5 MB; the limit is 1 MB.");

        pick(new FilePayload("Run chart.png", "image/png", SampleFiles.png()));
        assertThat(items()).hasCount(1);
        assertThat(error()).isHidden();
        screenshot("file-upload-stored");

        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Remove Run chart.png")).click();
        assertThat(items()).hasCount(0);
        assertThat(page.locator("#stored-files")).isEmpty();
    }

    private void pick(FilePayload file) {
        page.waitForFileChooser(() -> page.locator("vaadin-upload vaadin-button").click()).setFiles(file);
        waitForVaadin();
    }

    private Locator items() {
        return page.locator(".file-upload-item");
    }

    private Locator error() {
        return page.locator("vaadin-custom-field.file-upload-field [slot='error-message']");
    }
}
