package org.allteach.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.junit.jupiter.api.Test;

class DisplayNamesTest {

    @Test
    void pathsControlCharactersQuotesAndDirectionMarksAreRemoved() {
        assertThat(DisplayNames.forStorage("../../etc/passwd", type("text/plain"))).isEqualTo("passwd.txt");
        assertThat(DisplayNames.forStorage("C:\\fakepath\\Run chart.png", type("image/png"))).isEqualTo("Run chart.png");
        assertThat(DisplayNames.forStorage("a\"\r\nX-Injected: 1.png", type("image/png"))).isEqualTo("a X-Injected 1.png");
        assertThat(DisplayNames.forStorage("report\u202Efdp.exe", type("application/pdf"))).isEqualTo("reportfdp.pdf");
        assertThat(DisplayNames.forStorage("..", type("image/png"))).isEqualTo("file.png");
        assertThat(DisplayNames.forStorage(".hidden.png", type("image/png"))).isEqualTo("hidden.png");
        assertThat(DisplayNames.forStorage("  spaced   out .png ", type("image/png"))).isEqualTo("spaced out .png");
    }

    @Test
    void theExtensionMatchesTheContent() {
        assertThat(DisplayNames.forStorage("PHOTO.JPEG", type("image/jpeg"))).isEqualTo("PHOTO.JPEG");
        assertThat(DisplayNames.forStorage("photo.png", type("image/jpeg"))).isEqualTo("photo.jpg");
        assertThat(DisplayNames.forStorage("budget 2024.v2", type("application/pdf"))).isEqualTo("budget 2024.v2.pdf");
        assertThat(DisplayNames.forStorage("O'Brien notes", type("text/plain"))).isEqualTo("O'Brien notes.txt");
    }

    @Test
    void longNamesAreShortenedKeepingTheExtensionAndWholeCharacters() {
        String name = DisplayNames.forStorage("😀".repeat(200) + ".pdf", type("application/pdf"));
        assertThat(name.codePointCount(0, name.length())).isEqualTo(DisplayNames.MAX_LENGTH);
        assertThat(name).endsWith("😀.pdf");
    }

    @Test
    void fileSizesReadAsPeopleExpect() {
        assertThat(FileSizes.describe(1)).isEqualTo("1 byte");
        assertThat(FileSizes.describe(340)).isEqualTo("340 bytes");
        assertThat(FileSizes.describe(12 * FileSizes.KB)).isEqualTo("12 KB");
        assertThat(FileSizes.describe(12_900_000)).isEqualTo("12.3 MB");
        assertThat(FileSizes.describe(10 * FileSizes.MB)).isEqualTo("10 MB");
        assertThat(FileSizes.describe(340 * FileSizes.MB + 5)).isEqualTo("340 MB");
    }

    private static MimeType type(String name) {
        try {
            return MimeTypes.getDefaultMimeTypes().forName(name);
        } catch (MimeTypeException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
