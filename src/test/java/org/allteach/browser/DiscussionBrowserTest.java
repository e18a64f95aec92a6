package org.allteach.browser;

import java.time.Duration;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.allteach.discussion.CategoryKind;
import org.allteach.discussion.Discussions;
import org.allteach.discussion.FlagReason;
import org.allteach.discussion.Moderation;
import org.allteach.discussion.NewThread;
import org.allteach.discussion.Posting;
import org.allteach.files.SampleFiles;
import org.allteach.support.BrowserTestBase;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class DiscussionBrowserTest extends BrowserTestBase {

    @Autowired
    private Discussions discussions;

    @Autowired
    private Posting posting;

    @Autowired
    private Moderation moderation;

    private Scenario s;

    @BeforeEach
    void scenario() {
        s = scenarios.create();
        clock.advance(Duration.ofDays(4)); // past the new-account rate limit
    }

    @Test
    void aTeamSharesASuccessAndAnotherTeamReactsAndRepliesWithAMention() {
        signIn(s.leadA());
        open("discuss");
        screenshot("discussions-spaces");
        page.locator(".space").filter(new Locator.FilterOptions().setHasText(s.collaborativeName()))
                .locator(".category-card").filter(new Locator.FilterOptions().setHasText("Successes")).click();
        waitForVaadin();
        button("New thread").click();
        waitForVaadin();

        // nothing typed: told what to fix, nothing lost
        field("What would you like to share?").fill("We sent **two** text reminders.");
        button("Start thread").click();
        waitForVaadin();
        assertThat(errorOf("vaadin-text-field", "Title")).hasText("Give the thread a title that says what it is about.");
        assertThat(field("What would you like to share?")).hasValue("We sent **two** text reminders.");

        field("Title").fill("Text reminders halved our no-shows");
        field("What would you like to share?").fill("""
                We sent **two** text reminders, 3 days and 1 day before.

                | Month | No-show rate |
                |---|---:|
                | Jan | 18% |
                | Mar | 9% |
                """);
        field("Tags").fill("no-shows, reminders");
        // a program renamed .png is refused with a reason, and nothing typed is lost
        page.waitForFileChooser(() -> page.locator("vaadin-upload vaadin-button").click())
                .setFiles(new FilePayload("run-chart.png", "image/png", SampleFiles.windowsProgram()));
        waitForVaadin();
        assertThat(page.locator("vaadin-custom-field.file-upload-field [slot='error-message']"))
                .containsText("its content is a Windows program");
        assertThat(field("Title")).hasValue("Text reminders halved our no-shows");
        page.waitForFileChooser(() -> page.locator("vaadin-upload vaadin-button").click())
                .setFiles(new FilePayload("Run chart.png", "image/png", SampleFiles.png()));
        waitForVaadin();
        assertThat(page.locator(".file-upload-item")).containsText("Run chart.png");
        screenshot("new-thread-form");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Preview")).click();
        waitForVaadin();
        assertThat(page.locator(".markdown-preview strong")).hasText("two");
        button("Start thread").click();
        page.waitForURL(url -> url.matches(".*/discuss/t/\\d+$"));
        waitForVaadin();
        assertThat(page.locator(".post-body strong").first()).hasText("two");
        assertThat(page.locator(".attachment-image img")).isVisible();
        screenshot("thread-first-post");
        // the author goes back to the category and leaves it open
        page.locator(".breadcrumbs").getByText("Successes").click();
        waitForVaadin();
        Locator myThreadRow = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Text reminders halved our no-shows"));
        assertThat(myThreadRow).isVisible();

        Page other = newSession();
        signIn(other, s.participantB().email(), Scenarios.PASSWORD);
        open(other, "discuss");
        Locator successes = other.locator(".space").filter(new Locator.FilterOptions()
                .setHasText(s.collaborativeName())).locator(".category-card")
                .filter(new Locator.FilterOptions().setHasText("Successes"));
        assertThat(successes).containsText("1 new");
        successes.click();
        waitForVaadin(other);
        assertThat(other.locator("vaadin-grid")).containsText("Text reminders halved our no-shows");
        screenshot(other, "category-threads");
        other.getByText("Text reminders halved our no-shows").click();
        waitForVaadin(other);

        other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("React")).first().click();
        other.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("🎉 Celebrate")).click();
        waitForVaadin(other);
        assertThat(other.locator(".reaction.mine")).containsText("🎉 1");

        Locator reply = field(other, "Your reply");
        reply.click();
        reply.pressSequentially("Congratulations @Len");
        Locator suggestion = other.locator(".mention-suggestion").filter(new Locator.FilterOptions()
                .setHasText("Lena Lead"));
        suggestion.click();
        waitForVaadin(other);
        reply.pressSequentially("how did you get consent for texting?");
        assertThat(reply).hasValue("Congratulations @Lena Lead how did you get consent for texting?");
        button(other, "Post reply").click();
        waitForVaadin(other);
        assertThat(other.locator(".post[data-number='2'] .mention")).hasText("@Lena Lead");
        screenshot(other, "thread-reply-with-mention");

        // the author's open category list shows the unread reply without a reload
        assertThat(myThreadRow).containsText("1 unread");
        screenshot("category-live-unread");
        myThreadRow.getByText("Text reminders halved our no-shows").click();
        waitForVaadin();
        assertThat(page.locator(".post[data-number='2']")).containsText("how did you get consent");
        assertThat(page.locator(".post[data-number='1'] .reaction")).hasAttribute("title", "Celebrate: "
                + s.participantB().name());
        page.locator(".post[data-number='2']").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Reply")).click();
        field("Your reply").fill("The patient portal consent covered it. Our script is attached in the toolkit.");
        button("Post reply").click();
        waitForVaadin();

        // and the other team's member, still on the thread, sees the answer arrive
        assertThat(other.locator(".post[data-number='3']")).containsText("patient portal consent");
        assertThat(other.locator(".post[data-number='3']")).containsText("in reply to #2");
        assertThat(other.locator(".new-replies")).hasText("1 new reply below");
        screenshot(other, "thread-live-reply");
    }

    @Test
    void threeFlagsHideAPostAndAModeratorReviewsIt() {
        long category = as(s.leadA(), () -> discussions.mySpaces()).stream()
                .filter(space -> space.name().equals(s.collaborativeName()))
                .flatMap(space -> space.categories().stream())
                .filter(c -> c.kind() == CategoryKind.CHALLENGES).findFirst().orElseThrow()
                .id();
        long thread = as(s.leadA(), () -> posting.startThread(new NewThread(category,
                "Staff turnover", "We lost two nurses.", List.of())));
        as(s.participantB(), () -> posting.reply(thread, "Visit cheap-pills.example for discounts", null));
        as(s.participantA(), () -> moderation.flag(postId(thread), FlagReason.SPAM, null));
        as(s.coachA(), () -> moderation.flag(postId(thread), FlagReason.SPAM, null));

        signIn(s.leadA());
        open("discuss/t/" + thread);
        page.locator(".post[data-number='2']").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Flag")).click();
        page.getByText("Spam", new Page.GetByTextOptions().setExact(true)).click();
        field("Anything the moderators should know? (optional)").fill("An advert");
        screenshot("flag-dialog");
        button("Flag post").click();
        waitForVaadin();
        assertThat(page.locator(".post[data-number='2'] .post-notice")).containsText("hidden");

        // someone from another team who guesses the address learns nothing
        Page otherTeam = newSession();
        signIn(otherTeam, s.participantB().email(), Scenarios.PASSWORD);
        long teamAChallenges = as(s.leadA(), () -> discussions.mySpaces()).stream()
                .filter(space -> space.name().equals(s.teamAName())).flatMap(space -> space.categories().stream())
                .filter(c -> c.kind() == CategoryKind.CHALLENGES).findFirst().orElseThrow().id();
        long privateThread = as(s.leadA(), () -> posting.startThread(new NewThread(teamAChallenges,
                "Our private worry", "Team only.", List.of())));
        open(otherTeam, "discuss/t/" + privateThread);
        assertThat(otherTeam.locator("h1")).hasText("Page not found");
        assertThat(otherTeam.locator("body")).not().containsText("Our private worry");

        Page organiser = newSession();
        signIn(organiser, s.organiser().email(), Scenarios.PASSWORD);
        open(organiser, "discuss");
        organiser.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Review queue (1)")).click();
        waitForVaadin(organiser);
        Locator card = organiser.locator(".review-card").filter(new Locator.FilterOptions()
                .setHasText("Staff turnover"));
        assertThat(card).containsText("An advert");
        screenshot(organiser, "review-queue");
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Hide the post")).click();
        waitForVaadin(organiser);
        assertThat(organiser.getByText("Nothing to review")).isVisible();
    }

    private long postId(long thread) {
        return as(s.leadA(), () -> discussions.posts(thread, 2, 1)).getFirst().id();
    }
}
