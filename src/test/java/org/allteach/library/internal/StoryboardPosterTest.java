package org.allteach.library.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.allteach.library.StoryboardSection;
import org.allteach.library.StoryboardSections;
import org.allteach.shared.markdown.MarkdownRenderer;
import org.allteach.shared.pdf.HtmlPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The storyboard poster as a PDF: one landscape Letter page, Lato embedded, nothing loaded from outside. */
class StoryboardPosterTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final StoryboardPoster poster = new StoryboardPoster(new HtmlPdf());

    @Test
    void everySectionWrittenToItsLimitStillFitsOnOneLandscapePage() throws IOException {
        StoryboardSections full = new StoryboardSections(prose(StoryboardSection.AIM),
                prose(StoryboardSection.CHANGES_TESTED), prose(StoryboardSection.RESULTS),
                prose(StoryboardSection.LESSONS), prose(StoryboardSection.NEXT_STEPS));

        byte[] pdf = poster.render(content("A".repeat(60) + " " + "B".repeat(60), full));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(792, Offset.offset(1f));
            assertThat(page.getHeight()).isCloseTo(612, Offset.offset(1f));
            List<String> fonts = new ArrayList<>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : ""));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font).contains("Lato").endsWith("embedded"));
        }
    }

    @Test
    void anImageIsDescribedInsteadOfLoaded() throws IOException {
        StoryboardSections withChart = new StoryboardSections(markdown.toSafeHtml("Fewer no-shows."), "",
                markdown.toSafeHtml("![Run chart of no-shows](https://charts.example.org/run.png)"), "", "");

        byte[] pdf = poster.render(content("Text reminders", withChart));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("[Run chart of no-shows: see the storyboard online]", "Not written yet.");
        }
    }

    private StoryboardPoster.Content content(String title, StoryboardSections html) {
        return new StoryboardPoster.Content(title, "3-EM Diabetes Care Collaborative", "Southside Chicago Partnership",
                List.of("Southside Family Health Center", "Southside Community Health Workers"), html,
                "March 12, 2026");
    }

    /** Paragraphs of plain sentences up to the section's limit, as a team might write them, rendered. */
    private String prose(StoryboardSection section) {
        String sentence = "We tested text reminders with twenty patients of one provider and counted the no-shows. ";
        StringBuilder text = new StringBuilder();
        for (int sentences = 1; text.length() + sentence.length() + 2 <= section.maxLength(); sentences++) {
            text.append(sentence).append(sentences % 4 == 0 ? "\n\n" : "");
        }
        return markdown.toSafeHtml(text.toString());
    }
}
