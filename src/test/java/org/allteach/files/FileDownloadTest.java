package org.allteach.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.RequestOptions;
import org.allteach.support.BrowserTestBase;
import org.allteach.support.Scenarios.Person;
import org.allteach.support.TestFileAccessPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The download route over real HTTP, with a browser session that signed in through the login page. */
class FileDownloadTest extends BrowserTestBase {

    @Autowired
    FileStorage storage;
    @Autowired
    TestFileAccessPolicy policy;

    @Test
    void theUploaderGetsTheirImageInlineWithHeadersThatKeepItInert() {
        Person uploader = scenarios.newPerson("Imani Uploader");
        byte[] png = SampleFiles.png();
        StoredFile file = store(uploader, "Run chart – week 3.png", png, UploadRules.images(FileSizes.MB));
        signIn(uploader);

        APIResponse response = get(file.downloadPath());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(png);
        assertThat(response.headers())
                .containsEntry("content-type", "image/png")
                .containsEntry("content-length", String.valueOf(png.length))
                .containsEntry("x-content-type-options", "nosniff")
                .containsEntry("etag", "\"" + file.sha256() + "\"")
                .doesNotContainKey("content-security-policy");
        assertThat(response.headers().get("content-disposition"))
                .startsWith("inline;")
                .contains("filename*=UTF-8''Run%20chart%20%E2%80%93%20week%203.png");
        assertThat(response.headers().get("cache-control")).contains("private").contains("no-cache");

        APIResponse again = page.request().get(url(file.downloadPath()), RequestOptions.create()
                .setHeader("If-None-Match", "\"" + file.sha256() + "\""));
        assertThat(again.status()).isEqualTo(304);
    }

    @Test
    void documentsAreDownloadedAsAttachmentsInASandbox() {
        Person uploader = scenarios.newPerson("Dev Documents");
        StoredFile file = store(uploader, "storyboard.docx", SampleFiles.docx(), UploadRules.documents(FileSizes.MB));
        signIn(uploader);

        APIResponse response = get(file.downloadPath());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-type"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(response.headers().get("content-disposition")).startsWith("attachment;")
                .contains("filename*=UTF-8''storyboard.docx");
        assertThat(response.headers().get("content-security-policy")).contains("sandbox");
    }

    @Test
    void someoneNoFeatureSharesTheFileWithGetsTheSame404AsForAnUnknownId() {
        Person uploader = scenarios.newPerson("Ulla Uploader");
        Person other = scenarios.newPerson("Otis Other");
        StoredFile file = store(uploader, "chart.png", SampleFiles.png(), UploadRules.images(FileSizes.MB));
        signIn(other);

        APIResponse hidden = get(file.downloadPath());
        APIResponse unknown = get("/files/999999999/chart.png");

        assertThat(hidden.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(hidden.text()).isEqualTo(unknown.text());
    }

    @Test
    void aFeatureThatSharesTheFileLetsThePersonSeeIt() {
        Person uploader = scenarios.newPerson("Sasha Sharer");
        Person reader = scenarios.newPerson("Rafael Reader");
        StoredFile file = store(uploader, "chart.png", SampleFiles.png(), UploadRules.images(FileSizes.MB));
        policy.grant(file.id(), reader.id());
        signIn(reader);

        assertThat(get(file.downloadPath()).status()).isEqualTo(200);
    }

    @Test
    void someoneNotSignedInIsSentToTheSignInPage() {
        Person uploader = scenarios.newPerson("Nora Nobody");
        StoredFile file = store(uploader, "chart.png", SampleFiles.png(), UploadRules.images(FileSizes.MB));

        APIResponse response = get(file.downloadPath());

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.headers().get("location")).endsWith("/login");
    }

    private StoredFile store(Person uploader, String name, byte[] content, UploadRules rules) {
        return as(uploader, () -> storage.store(name, new ByteArrayInputStream(content), rules));
    }

    /** A request in the browser's session (its cookies), not following redirects. */
    private APIResponse get(String path) {
        APIRequestContext request = page.request();
        return request.get(url(path), RequestOptions.create().setMaxRedirects(0));
    }
}
