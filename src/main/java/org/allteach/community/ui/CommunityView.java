package org.allteach.community.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.allteach.collaborative.AlumniRole;
import org.allteach.community.Community;
import org.allteach.community.CommunityProfile;
import org.allteach.discussion.CategorySummary;
import org.allteach.discussion.Discussions;
import org.allteach.discussion.SpaceKind;
import org.allteach.discussion.SpaceOverview;
import org.allteach.shared.ui.CommunityPageSection;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.shared.ui.PageHeader;

/**
 * The community of practice: what other features add for its members (the calendar's upcoming sessions), its
 * discussions, the person's place in it (alumni history, joining, their directory entry) and the way to the directory.
 */
@Route("community")
@PageTitle("Community of practice · AllTeach")
@Menu(order = 10, title = "Community", icon = "vaadin:globe")
@PermitAll
@StyleSheet("context://styles/community.css")
class CommunityView extends Main implements BeforeEnterObserver {

    private final Community community;
    private final Discussions discussions;
    private final List<CommunityPageSection> featureSections;
    private final Div sections = new Div();
    private final Section discussionsCard = new Section();
    private final Section youCard = new Section();
    final TextField expertise = new TextField("Areas of expertise");
    final TextField askMeAbout = new TextField("Ask me about");
    final Checkbox listed = new Checkbox("Show me in the directory");
    final Button save = new Button("Save my entry");
    final Button join = new Button("Join the community");

    CommunityView(Community community, Discussions discussions, List<CommunityPageSection> featureSections) {
        this.community = community;
        this.discussions = discussions;
        this.featureSections = featureSections;
        addClassNames("page", "community-page");
        RouterLink directory = new RouterLink(DirectoryView.class);
        directory.add(VaadinIcon.USERS.create(), new Span(" Find people in the directory"));
        directory.addClassName("community-directory-link");
        Paragraph intro = new Paragraph("One community across every cohort: the alumni of each collaborative that has "
                + "ended, and current members who join. Ask what a past cohort solved, share the tools that worked, "
                + "and offer or find office hours.");
        intro.addClassName("community-intro");
        discussionsCard.addClassName("community-card");
        youCard.addClassName("community-card");
        sections.addClassName("community-main");
        sections.add(discussionsCard);
        Div columns = new Div(sections, youCard);
        columns.addClassName("community-columns");
        add(new PageHeader("Community of practice", directory), intro, columns);

        expertise.setHelperText("Separate with commas: pharmacist-led medication management, REaL data collection");
        expertise.setWidthFull();
        askMeAbout.setHelperText("One line that tells a new team when to write to you");
        askMeAbout.setMaxLength(300);
        askMeAbout.setWidthFull();
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> FieldErrors.submit(Map.of("expertise", expertise, "askMeAbout", askMeAbout),
                () -> {
                    community.describeMe(List.of(expertise.getValue().split(",")), askMeAbout.getValue(),
                            listed.getValue());
                    FieldErrors.Notifications.success(listed.getValue() ? "Your directory entry is saved."
                            : "Your entry is saved; you are not shown in the directory.");
                    show();
                }));
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickListener(click -> {
            community.optIn(true);
            show();
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        CommunityProfile me = community.myProfile();
        sections.getChildren().filter(child -> child != discussionsCard).toList().forEach(sections::remove);
        if (me.member()) {
            featureSections.forEach(section -> section.create().ifPresent(part -> sections.addComponentAtIndex(
                    (int) sections.getChildren().count() - 1, part)));
        }
        showDiscussions(me);
        showYou(me);
    }

    private void showDiscussions(CommunityProfile me) {
        discussionsCard.removeAll();
        discussionsCard.add(new H2("Discussions"));
        if (!me.member()) {
            discussionsCard.add(new Paragraph("The community's discussions are for alumni and for current members "
                    + "who join. You can already search the directory and write to the people in it."));
            return;
        }
        Div categories = new Div();
        categories.addClassName("community-categories");
        discussions.mySpaces().stream().filter(space -> space.kind() == SpaceKind.COMMUNITY).findFirst()
                .map(SpaceOverview::categories).orElse(List.of())
                .forEach(category -> categories.add(categoryLink(category)));
        // the library's page, by its route: the community module does not depend on the library
        Anchor library = new Anchor("library/community", "");
        library.add(VaadinIcon.BOOK.create(), new Span(" Community library: toolkits and tools that worked"));
        library.addClassName("community-library-link");
        discussionsCard.add(categories, library);
    }

    private static Anchor categoryLink(CategorySummary category) {
        Span name = new Span(category.name());
        name.addClassName("community-category-name");
        Span count = new Span(category.threads() == 1 ? "1 thread" : category.threads() + " threads");
        count.addClassName("community-category-count");
        Span description = new Span(category.description());
        description.addClassName("community-category-description");
        Anchor link = new Anchor("discuss/c/" + category.id(), "");
        link.add(count, name, description);
        link.addClassName("community-category");
        return link;
    }

    private void showYou(CommunityProfile me) {
        youCard.removeAll();
        youCard.add(new H2("You in the community"));
        List<AlumniRole> history = community.myHistory();
        if (!history.isEmpty()) {
            UnorderedList roles = new UnorderedList(history.stream().map(role -> new ListItem(role.label()))
                    .toArray(ListItem[]::new));
            roles.addClassName("directory-entry-history");
            youCard.add(roles);
        }
        if (!me.member()) {
            if (me.mayOptIn()) {
                youCard.add(new Paragraph("Join to read and write in the community's discussions. Joining lists "
                        + "you in the directory, so new teams can find you; you can leave it at any time. You stay in "
                        + "your collaborative as you are."), join);
            } else {
                youCard.add(new Paragraph("The community is for members of a collaborative, current and past."));
            }
            return;
        }
        if (me.optedIn() && !me.alumnus()) {
            Button leave = new Button("Leave the community", click -> {
                community.optIn(false);
                show();
            });
            leave.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            youCard.add(new Paragraph("You joined as a current member."), leave);
        }
        expertise.setValue(String.join(", ", me.expertise()));
        askMeAbout.setValue(me.askMeAbout() == null ? "" : me.askMeAbout());
        // saving a first entry is the choice to be listed; after that the box shows the choice made
        listed.setValue(me.listed() || !me.entrySaved());
        H3 entry = new H3("Your entry in the directory");
        entry.addClassName("community-entry-heading");
        youCard.add(entry);
        if (!me.listed()) {
            Paragraph notListed = new Paragraph(me.entrySaved()
                    ? "You are not in the directory: new teams cannot find you or write to you. Tick \"Show me in "
                    + "the directory\" and save to be found."
                    : "You are not in the directory yet \u2014 add your expertise so new teams can find you.");
            notListed.addClassName("community-not-listed");
            youCard.add(notListed);
        }
        youCard.add(expertise, askMeAbout, listed, new Div(save));
    }
}
