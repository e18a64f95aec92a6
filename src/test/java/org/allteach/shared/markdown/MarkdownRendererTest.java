package org.allteach.shared.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTest {

    private static final Pattern URL_ATTRIBUTE = Pattern.compile("\\b(href|src)=\"([^\"]*)\"");

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    static List<String> owaspVectors() throws IOException {
        try (InputStream in = MarkdownRendererTest.class.getResourceAsStream("/xss/owasp-filter-evasion.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("# "))
                    .toList();
        }
    }

    @ParameterizedTest
    @MethodSource("owaspVectors")
    void noOwaspFilterEvasionVectorSurvives(String vector) {
        assertHarmless(markdown.toSafeHtml(vector));
        // The same vector inside a larger post, where Markdown treats it as an HTML block.
        assertHarmless(markdown.toSafeHtml("Intro\n\n" + vector + "\n\nOutro"));
        // Our own post-processing (mentions) passes HTML to the sanitiser directly: it must hold there too.
        assertHarmless(markdown.sanitise(vector));
    }

    @Test
    void keepsTheFormattingPeopleUse() {
        String html = markdown.toSafeHtml("""
                ## Our win
                We cut **no-shows** by *half* ~~maybe~~. See https://example.org/report and [the toolkit](https://ihi.org).
                
                | Month | Rate |
                |---|---:|
                | Jan | 12% |
                
                > Quote from Ana
                
                1. Plan
                2. Do
                
                ![run chart](/files/12/chart.png)
                """);
        assertThat(html).contains("<h2>Our win</h2>", "<strong>no-shows</strong>", "<em>half</em>", "<del>maybe</del>",
                "<table>", "<td align=\"right\">12%</td>", "<blockquote>", "<ol>", "src=\"/files/12/chart.png\"");
        assertThat(html).contains("href=\"https://example.org/report\"")
                .contains("rel=\"nofollow noopener noreferrer\"");
    }

    @Test
    void dropsImagesFromPlainHttpSoPagesStayHttps() {
        assertThat(markdown.toSafeHtml("![pixel](http://tracker.example/p.gif)")).doesNotContain("<img");
    }

    @Test
    void blankIsEmpty() {
        assertThat(markdown.toSafeHtml("  \n")).isEmpty();
        assertThat(markdown.toSafeHtml(null)).isEmpty();
    }

    private static void assertHarmless(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        assertThat(lower).doesNotContain("<script", "<iframe", "<object", "<embed", "<style", "<svg", "<math",
                "<meta", "<link", "<base", "<body", "<input", "<frame", "<details");
        assertThat(lower).doesNotContainPattern("<[^>]*\\s(on[a-z]+|style|background|dynsrc|lowsrc)\\s*=");
        Matcher urls = URL_ATTRIBUTE.matcher(html);
        while (urls.find()) {
            String url = urls.group(2).replace("&#58;", ":").replace("&#x3a;", ":").toLowerCase(Locale.ROOT).strip();
            assertThat(url).as("%s in %s", urls.group(1), html)
                    .matches(urls.group(1).equals("src") ? "(https://|/files/).*" : "(|(https?://|mailto:|#|/).*)");
        }
    }
}
