package org.allteach.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import org.allteach.discussion.CategoryKind;
import org.allteach.discussion.Discussions;
import org.allteach.discussion.LevelChoice;
import org.allteach.discussion.NewThread;
import org.allteach.discussion.NotificationLevel;
import org.allteach.discussion.Posting;
import org.allteach.discussion.SpaceKind;
import org.allteach.notification.Delivery;
import org.allteach.notification.NotificationPreferences;
import org.allteach.notification.NotificationType;
import org.allteach.support.BrowserTestBase;
import org.allteach.support.Scenarios.Scenario;
import org.allteach.support.TestMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bell going up live when someone replies, the settings page, and an unsubscribe link from a real mail. */
class NotificationBrowserTest extends BrowserTestBase {

    @Autowired
    Posting posting;
    @Autowired
    Discussions discussions;
    @Autowired
    NotificationPreferences preferences;

    Scenario s;
    long category;

    @BeforeEach
    void createScenario() {
        s = scenarios.create();
        // past the new-account posting limit
        clock.advance(Duration.ofDays(4));
        category = as(s.leadA(), () -> discussions.mySpaces()).stream()
                .filter(space -> space.kind() == SpaceKind.COLLABORATIVE)
                .flatMap(space -> space.categories().stream())
                .filter(c -> c.kind() == CategoryKind.SUCCESSES).findFirst().orElseThrow().id();
    }

    @Test
    void theBellCountsUpLiveWhenSomeoneRepliesAndOpensTheThread() {
        long thread = as(s.leadA(), () -> posting.startThread(new NewThread(category, "Same-day slots",
                "We opened two same-day slots a day.", java.util.List.of())));
        signIn(s.leadA());
        page.evaluate("() => window.notReloaded = true");
        Locator count = page.locator(".notification-bell .bell-count");
        assertThat(count).isHidden();

        as(s.participantA(), () -> posting.reply(thread, "How did you staff them?", 1));
        as(s.coachA(), () -> posting.reply(thread, "Nice: track the no-show rate for those slots.", 1));

        assertThat(count).hasText("2");
        assertThat(page.locator(".notification-bell vaadin-button")).hasAttribute("aria-label",
                "Notifications, 2 unread");
        assertThat((Boolean) page.evaluate("() => window.notReloaded === true")).isTrue();

        page.locator(".notification-bell vaadin-button").click();
        Locator rows = page.locator(".bell-list .notification-row");
        assertThat(rows).hasCount(2);
        assertThat(rows.first()).containsText("Carl Coach replied to your post in “Same-day slots”");
        screenshot("notifications-bell");

        page.locator(".bell-see-all").click();
        page.waitForURL(url -> url.endsWith("/notifications"));
        waitForVaadin();
        assertThat(page.locator(".notifications-page .notification-row.unread")).hasCount(2);
        screenshot("notifications-page");

        page.locator(".notifications-page .notification-row").filter(new Locator.FilterOptions()
                .setHasText("Paul Participant")).click();
        page.waitForURL(url -> url.endsWith("/discuss/t/" + thread));
        waitForVaadin();
        assertThat(count).hasText("1");
    }

    @Test
    void aPersonChangesAPreferenceFromTheAccountMenu() {
        signIn(s.participantA());
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Account menu")).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Notification settings")).click();
        page.waitForURL(url -> url.endsWith("/settings/notifications"));
        waitForVaadin();

        choose("vaadin-select", "Replies", "Weekly digest email");
        assertThat(page.locator("vaadin-notification-card")).containsText("Replies: Weekly digest email");
        screenshot("notifications-settings");

        page.reload();
        waitForVaadin();
        assertThat(as(s.participantA(), () -> preferences.mine()).get(NotificationType.REPLY))
                .isEqualTo(Delivery.WEEKLY_DIGEST);
        assertThat(page.locator("vaadin-select").filter(new Locator.FilterOptions()
                .setHas(page.getByLabel("Replies", new Page.GetByLabelOptions().setExact(true)))))
                .containsText("Weekly digest email");
    }

    @Test
    void aPersonStopsWatchingAThreadFromTheSettingsPage() {
        long thread = as(s.leadA(), () -> posting.startThread(new NewThread(category, "Team huddles",
                "Ten minutes at 8:50 every morning.", java.util.List.of())));
        as(s.participantA(), () -> posting.setThreadLevel(thread, NotificationLevel.WATCHING));
        as(s.participantA(), () -> posting.setCategoryLevel(category, NotificationLevel.MUTED));
        signIn(s.participantA());
        open("settings/notifications");

        Locator watched = page.locator(".watched-discussions .setting-row");
        assertThat(watched).hasCount(2);
        assertThat(watched.last()).containsText("Team huddles");
        assertThat(watched.last()).containsText("Watching");
        page.locator(".watched-library").scrollIntoViewIfNeeded();
        screenshot("notifications-settings-watched");

        button("Stop watching Team huddles").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("“Team huddles” is tracked again.");
        assertThat(watched).hasCount(1);
        assertThat(as(s.participantA(), () -> posting.myLevelChoices(10))).extracting(LevelChoice::level)
                .containsExactly(NotificationLevel.MUTED);
    }

    @Test
    void anUnsubscribeLinkFromAReceivedMailStopsTheTypesEmail() {
        as(s.participantA(), () -> posting.startThread(new NewThread(category, "Huddle scripts",
                "@Lena Lead could you share your huddle script?", java.util.List.of())));
        MimeMessage mail = TestMailServer.awaitMessagesTo(s.leadA().email(), 1, Duration.ofSeconds(20)).getFirst();

        open(localised(TestMailServer.linkIn(mail, "unsubscribe/")).replaceFirst("^http://localhost:\\d+/", ""));
        assertThat(page.locator("h1")).hasText("Unsubscribe?");
        assertThat(page.getByText("Stop “Mentions” emails?")).isVisible();
        // opening the link changed nothing
        assertThat(as(s.leadA(), () -> preferences.mine()).get(NotificationType.MENTION))
                .isEqualTo(Delivery.EMAIL_NOW);
        screenshot("notifications-unsubscribe");

        button("Unsubscribe").click();
        assertThat(page.locator("h1")).hasText("You are unsubscribed");
        screenshot("notifications-unsubscribed");
        assertThat(as(s.leadA(), () -> preferences.mine()).get(NotificationType.MENTION)).isEqualTo(Delivery.IN_APP);
        assertThat(TestMailServer.messagesTo(s.leadA().email())).hasSize(1);
    }
}
