package org.allteach.library.internal;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.allteach.library.StoryboardSection;
import org.allteach.library.StoryboardSections;
import org.allteach.shared.pdf.HtmlPdf;
import org.allteach.shared.pdf.XhtmlTemplates;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A storyboard as a one-page poster PDF ({@code library/storyboard-poster.html}): the team's band and aim on top and
 * the four sections in a grid that fills the rest of the page. The rows' height is estimated from the text so the
 * grid reaches the bottom; when the text does not fit, the type gets smaller until the poster is one page again.
 */
@Component
public class StoryboardPoster {

    /** What the poster shows; sections as sanitised HTML. */
    public record Content(String title, String collaborative, String team, List<String> organisations,
                          StoryboardSections html, String updated) {
    }

    private record Box(String key, int number, String heading, String html) {
    }

    private static final double[] FONT_SIZES = {10, 9.2, 8.4, 7.7, 7, 6.4};
    private static final double MM_PER_PT = 25.4 / 72;
    /** Letter landscape is 215.9 mm high; less the top padding and a bottom margin. */
    private static final double USABLE_HEIGHT_MM = 200;
    private static final double MIN_ROW_MM = 28;
    /** Below this body size the title, the aim and the spacing shrink more than the text. */
    private static final double COMPACT_BELOW = 8.5;
    private static final double BOX_TEXT_WIDTH_MM = 112;
    private static final Pattern IMAGE = Pattern.compile("<img\\b[^>]*?(?:\\balt=\"([^\"]*)\"[^>]*?)?\\s*/>");
    private static final Pattern BREAK = Pattern.compile("</p>|</li>|<br />|</h\\d>|</tr>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private final HtmlPdf pdf;
    private final TemplateEngine templates = XhtmlTemplates.engine("library");

    StoryboardPoster(HtmlPdf pdf) {
        this.pdf = pdf;
    }

    public byte[] render(Content content) {
        int first = 0;
        while (first < FONT_SIZES.length - 1 && !likelyFits(content, FONT_SIZES[first])) {
            first++;
        }
        byte[] rendered = null;
        for (int size = first; size < FONT_SIZES.length; size++) {
            rendered = pdf.render(xhtml(content, FONT_SIZES[size]));
            if (HtmlPdf.pageCount(rendered) == 1) {
                return rendered;
            }
        }
        // Longer than the limits allow for: all of it on two pages beats cutting what a team wrote.
        return rendered;
    }

    String xhtml(Content content, double fontSize) {
        StoryboardSections html = content.html();
        List<Box> boxes = List.of(box(StoryboardSection.CHANGES_TESTED, 1, html), box(StoryboardSection.RESULTS, 2, html),
                box(StoryboardSection.LESSONS, 3, html), box(StoryboardSection.NEXT_STEPS, 4, html));
        Context context = new Context(java.util.Locale.US, Map.of(
                "title", content.title(),
                "collaborative", content.collaborative(),
                "team", content.team(),
                "organisations", String.join(" · ", content.organisations()),
                "aim", withoutImages(html.aim()),
                "rows", List.of(boxes.subList(0, 2), boxes.subList(2, 4)),
                "updated", content.updated(),
                "fontSize", String.format(java.util.Locale.ROOT, "%.1f", fontSize),
                "compact", fontSize < COMPACT_BELOW,
                "rowHeight", String.format(java.util.Locale.ROOT, "%.1f", rowHeight(content, fontSize))));
        return templates.process("storyboard-poster", context);
    }

    private static Box box(StoryboardSection section, int number, StoryboardSections html) {
        return new Box(section.name().toLowerCase(java.util.Locale.ROOT), number, section.label(),
                withoutImages(html.of(section)));
    }

    /**
     * The height that lets the two rows of sections reach the bottom of the page: what is left below the band and
     * the aim, estimated from their text at Lato's average character widths.
     */
    private static double rowHeight(Content content, double fontSize) {
        double em = fontSize * MM_PER_PT;
        boolean compact = fontSize < COMPACT_BELOW;
        double titleEm = compact ? 2 : 2.4;
        double aimEm = compact ? 1.2 : 1.5;
        double band = 10 + 0.85 * em * 1.35 + 3.5 + lines(content.title(), 190, 0.46 * titleEm * em) * titleEm * em * 1.1
                + 1.3 * em * 1.35;
        String organisations = String.join(" · ", content.organisations());
        if (!organisations.isEmpty()) {
            band += 0.8 + lines(organisations, 190, 0.47 * 0.9 * em) * 0.9 * em * 1.35;
        }
        String aimText = text(content.html().aim());
        double aim = 4 + 6 + 0.85 * em * 1.35 + 1 + lines(aimText, 246, 0.46 * aimEm * em) * aimEm * em * 1.3
                + aimText.split("\n").length;
        double grid = 3 * 4;
        double footer = 0.5 + 0.8 * em * 1.35;
        double safety = 3;
        return Math.max(MIN_ROW_MM, (USABLE_HEIGHT_MM - band - aim - grid - footer - safety) / 2);
    }

    /** Whether the sections' text probably fits the rows at this size, to start near the size that will do. */
    private static boolean likelyFits(Content content, double fontSize) {
        double available = rowHeight(content, fontSize);
        StoryboardSections html = content.html();
        return sectionHeight(html.changesTested(), fontSize) <= available
                && sectionHeight(html.results(), fontSize) <= available
                && sectionHeight(html.lessons(), fontSize) <= available
                && sectionHeight(html.nextSteps(), fontSize) <= available;
    }

    private static double sectionHeight(String html, double fontSize) {
        double em = fontSize * MM_PER_PT;
        String text = text(html);
        double blockGap = fontSize < COMPACT_BELOW ? 0.8 : 1.4;
        return 1.15 * em * 1.35 + 4.4 + 5 + lines(text, BOX_TEXT_WIDTH_MM, 0.47 * em) * em * 1.35
                + text.split("\n").length * blockGap;
    }

    /** Lines a text takes in a column this wide, with some room for words that do not fill a line. */
    private static int lines(String text, double widthMm, double charWidthMm) {
        int perLine = Math.max(1, (int) (widthMm / charWidthMm));
        int lines = 0;
        for (String line : text.split("\n")) {
            lines += Math.max(1, (int) Math.ceil(line.strip().length() * 1.08 / perLine));
        }
        return lines;
    }

    private static String text(String html) {
        return TAG.matcher(BREAK.matcher(html).replaceAll("\n")).replaceAll("").strip();
    }

    /**
     * The PDF loads nothing from outside, so an image would leave a hole: its description stands in for it and
     * points to the page that shows it.
     */
    static String withoutImages(String html) {
        return IMAGE.matcher(html).replaceAll(image -> {
            String alt = image.group(1) == null || image.group(1).isBlank() ? "an image" : image.group(1);
            return java.util.regex.Matcher.quoteReplacement("<span class=\"image-note\">[" + alt
                    + ": see the storyboard online]</span>");
        });
    }
}
