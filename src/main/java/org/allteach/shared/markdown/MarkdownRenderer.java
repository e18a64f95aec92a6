package org.allteach.shared.markdown;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Turns what people write (CommonMark with GitHub tables, strikethrough and bare links) into HTML that is safe to put
 * in anyone's browser. Raw HTML in the Markdown is escaped by the parser, and the output still goes through an
 * allow-list sanitiser, so a bug in either layer alone does not open a hole: no scripts, no event handlers, no
 * styles, links only to http(s) and mailto, images only from https or our own {@code /files/} downloads.
 */
@Component
public class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            StrikethroughExtension.create(), AutolinkExtension.create());

    private static final Pattern HTTPS_OR_OWN_FILE = Pattern.compile("^(https://|/files/)[^\\s]*$",
            Pattern.CASE_INSENSITIVE);

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "del", "s", "code",
                    "pre", "blockquote", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "a", "img",
                    "span")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
            .allowAttributes("align").matching(Pattern.compile("left|right|center")).onElements("th", "td")
            .allowAttributes("class").matching(Pattern.compile("language-[\\w-]{1,30}|mention")).onElements("code",
                    "span")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .allowAttributes("src").matching(HTTPS_OR_OWN_FILE).onElements("img")
            .allowAttributes("alt", "title").onElements("img", "a")
            // An image whose source was refused is dropped whole rather than left as an empty frame.
            .allowElements((name, attributes) -> attributes.contains("src") ? name : null, "img")
            .allowAttributes("data-person").matching(Pattern.compile("\\d{1,19}")).onElements("span")
            .toFactory();

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).build();
    private final TextContentRenderer textRenderer = TextContentRenderer.builder().extensions(EXTENSIONS).build();

    /** Safe HTML for this Markdown; {@code null} or blank gives an empty string. */
    public String toSafeHtml(String markdown) {
        return toSafeHtml(markdown, UnaryOperator.identity());
    }

    /**
     * Safe HTML for this Markdown, letting a feature decorate the rendered HTML first (for example marking mentions);
     * the decoration is sanitised with everything else. Text in the rendered HTML is escaped as by
     * {@link #escape(String)}.
     */
    public String toSafeHtml(String markdown, UnaryOperator<String> decorate) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return sanitise(decorate.apply(renderer.render(parser.parse(markdown))));
    }

    /** The words of this Markdown without its markup, for search; {@code null} or blank gives an empty string. */
    public String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return textRenderer.render(parser.parse(markdown));
    }

    /** Text escaped the way the Markdown renderer escapes it, to find it again in rendered HTML. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Runs HTML that we built ourselves (for example Markdown output with mentions added) through the allow-list. */
    public String sanitise(String html) {
        return POLICY.sanitize(html);
    }
}
