package org.allteach.library.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.allteach.library.StoryboardPage;
import org.allteach.library.StoryboardSection;

/**
 * A storyboard as a one-page poster in the page (and on paper: its stylesheet prints it landscape, alone): the team,
 * its aim in large type, and the four sections in a grid.
 */
@StyleSheet("context://styles/storyboard.css")
class Poster extends Div {

    Poster(StoryboardPage storyboard, String updated) {
        addClassName("storyboard-poster");
        Div eyebrow = new Div("Storyboard · " + storyboard.team().collaborativeName());
        eyebrow.addClassName("poster-eyebrow");
        Div team = new Div(storyboard.team().name());
        team.addClassName("poster-team");
        Div who = new Div(eyebrow, team);
        if (!storyboard.team().organisations().isEmpty()) {
            Div organisations = new Div(String.join(" · ", storyboard.team().organisations()));
            organisations.addClassName("poster-organisations");
            who.add(organisations);
        }
        Div motto = new Div("All teach, all learn");
        motto.addClassName("poster-motto");
        Div side = new Div(motto, new Div("Updated " + updated + " by " + storyboard.updatedByName()));
        side.addClassName("poster-side");
        Div band = new Div(who, side);
        band.addClassName("poster-band");

        Span aimLabel = new Span("Aim");
        aimLabel.addClassName("poster-label");
        Div aim = new Div(aimLabel, html(storyboard.html().aim()));
        aim.addClassName("poster-aim");

        Div grid = new Div();
        grid.addClassName("poster-grid");
        int number = 1;
        for (StoryboardSection section : StoryboardSection.values()) {
            if (section != StoryboardSection.AIM) {
                grid.add(box(section, number++, storyboard.html().of(section)));
            }
        }
        add(band, aim, grid);
    }

    private static Div box(StoryboardSection section, int number, String html) {
        Span badge = new Span(String.valueOf(number));
        badge.addClassName("poster-number");
        Div head = new Div(badge, new Span(section.label()));
        head.addClassName("poster-box-head");
        Div box = new Div(head);
        if (html.isEmpty()) {
            Paragraph empty = new Paragraph("Not written yet.");
            empty.addClassName("poster-empty");
            box.add(empty);
        } else {
            box.add(html(html));
        }
        box.addClassNames("poster-box", "poster-" + section.field());
        return box;
    }

    /** The HTML was sanitised when the storyboard was saved. */
    private static Html html(String safeHtml) {
        return new Html("<div class=\"poster-text post-body\">" + safeHtml + "</div>");
    }
}
