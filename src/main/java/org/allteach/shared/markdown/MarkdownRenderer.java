package org.allteach.shared.markdown;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Markdown that people write (posts, messages) as HTML that is safe to put in a page: commonmark with GitHub tables,
 * strikethrough and autolinks, then an allow-list sanitiser, so raw HTML in the text cannot run script or restyle the
 * page.
 */
@Component
public class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            StrikethroughExtension.create(), AutolinkExtension.create());
    private static final Pattern IMAGE_SOURCE = Pattern.compile("^(https://|/files/)[^\\s]*$");
    private static final Pattern ALIGNMENT = Pattern.compile("^(left|center|right)$");
    private static final Pattern CODE_LANGUAGE = Pattern.compile("^language-[\\w-]{1,40}$");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "blockquote", "pre", "code", "em", "strong", "del", "s",
                    "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6",
                    "table", "thead", "tbody", "tr", "th", "td", "a", "img")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href", "title").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .allowAttributes("src").matching(IMAGE_SOURCE).onElements("img")
            .allowAttributes("alt", "title").onElements("img")
            // an image whose source was refused is dropped rather than left as an empty box
            .allowElements((name, attributes) -> attributes.contains("src") ? name : null, "img")
            .allowAttributes("align").matching(ALIGNMENT).onElements("th", "td")
            .allowAttributes("class").matching(CODE_LANGUAGE).onElements("code")
            .allowAttributes("start").matching(Pattern.compile("^\\d{1,6}$")).onElements("ol")
            .toFactory();

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    /** HTML for the Markdown text, with everything outside common formatting, links and images removed. */
    public String toSafeHtml(String markdown) {
        String html = renderer.render(parser.parse(markdown == null ? "" : markdown));
        return POLICY.sanitize(html);
    }
}
