package org.allteach.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.allteach.messaging.ConversationContext;
import org.allteach.messaging.Conversations;
import org.allteach.support.BrowserTestBase;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Direct messages between two people in two browsers: everything arrives without a reload. */
class MessagingBrowserTest extends BrowserTestBase {

    @Autowired
    Conversations conversations;

    Scenario s;

    @BeforeEach
    void createScenario() {
        s = scenarios.create();
    }

    @Test
    void aMessageAndItsReplyArriveLiveWithTheUnreadBadge() {
        Page lena = newSession();
        List<String> pushConnections = new java.util.concurrent.CopyOnWriteArrayList<>();
        lena.onWebSocket(socket -> pushConnections.add(socket.url()));
        signIn(lena, s.leadA().email(), Scenarios.PASSWORD);
        lena.evaluate("() => window.notReloaded = true");
        Locator lenasBadge = lena.locator("vaadin-side-nav-item .nav-badge");
        assertThat(lenasBadge).isHidden();

        signIn(s.participantA());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Messages")).click();
        waitForVaadin();
        button("New message").click();
        choose("vaadin-multi-select-combo-box", "To", s.leadA().name());
        field("Message").fill("Could you send me the **baseline** run chart before Thursday?");
        screenshot("messages-new");
        button("Send").click();
        page.waitForURL(url -> url.matches(".*/messages/\\d+$"));
        waitForVaadin();
        assertThat(page.locator(".message-body strong")).hasText("baseline");

        assertThat(lenasBadge).hasText("1");
        assertThat(lenasBadge).hasAttribute("aria-label", "1 unread message");
        screenshot(lena, "messages-badge");

        lena.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Messages")).click();
        waitForVaadin(lena);
        Locator row = lena.locator(".conversation-row.unread").filter(new Locator.FilterOptions()
                .setHasText(s.participantA().name()));
        assertThat(row).containsText("Could you send me the baseline run chart");
        screenshot(lena, "messages-list");
        row.click();
        waitForVaadin(lena);
        assertThat(lena.locator("h1")).hasText(s.participantA().name());
        assertThat(lenasBadge).isHidden();

        field("Message").fill("Also: which week should we start?");
        field("Message").press("Control+Enter");
        waitForVaadin();
        assertThat(lena.getByText("Also: which week should we start?")).isVisible();
        assertThat(lenasBadge).isHidden(); // read while open

        field(lena, "Message").fill("Sent! Let's start the week of the 14th.");
        button(lena, "Send").click();
        assertThat(page.getByText("Sent! Let's start the week of the 14th.")).isVisible();
        assertThat(field(lena, "Message")).hasValue("");
        screenshot("messages-conversation");
        screenshot(lena, "messages-conversation-reply");

        assertThat((Boolean) lena.evaluate("() => window.notReloaded === true")).isTrue();
        assertThat(pushConnections).as("server push over a WebSocket, let through by Spring Security")
                .anyMatch(url -> url.contains("/VAADIN/push"));
    }

    @Test
    void aGroupConversationOnAPhoneGrowsAndSomeoneOutsideItCannotOpenIt() {
        long id = as(s.participantA(), () -> conversations.start(ConversationContext.collaborative(s.collaborativeId()),
                List.of(s.leadA().id(), s.coachA().id()), "PDSA cycle 3",
                "Results are in:\n\n| week | A1c < 8 |\n|---|---|\n| 1 | 41% |\n| 2 | 44% |\n\nThoughts?"));
        page.setViewportSize(390, 844);
        signIn(s.coachA());
        open("messages/" + id);
        assertThat(page.locator("h1")).hasText("PDSA cycle 3");
        assertThat(page.locator(".message-body table")).isVisible();

        button("Add people").click();
        choose("vaadin-multi-select-combo-box", "People", s.participantB().name());
        screenshot("messages-add-people");
        button("Add").click();
        waitForVaadin();
        assertThat(page.getByText(s.coachA().name() + " added " + s.participantB().name() + ".")).isVisible();
        field("Message").fill("Bea's team tried the same change last spring.");
        button("Send").click();
        waitForVaadin();
        screenshot("messages-phone");

        Page outsider = newSession();
        signIn(outsider, s.organiser().email(), Scenarios.PASSWORD);
        open(outsider, "messages/" + id);
        assertThat(outsider.locator("h1")).hasText("Page not found");
        assertThat(outsider.getByText("PDSA cycle 3")).hasCount(0);
    }

    @Test
    void earlierMessagesAppearOnRequest() {
        ConversationContext context = ConversationContext.collaborative(s.collaborativeId());
        long id = as(s.participantA(), () -> conversations.start(context, List.of(s.leadA().id()), null,
                "Message 1"));
        as(s.participantA(), () -> {
            for (int n = 2; n <= 55; n++) {
                conversations.send(id, "Message " + n);
            }
        });
        signIn(s.leadA());
        assertThat(page.locator("vaadin-side-nav-item .nav-badge")).hasText("55");

        open("messages/" + id);
        Locator messages = page.locator(".message-body");
        assertThat(messages).hasCount(50);
        assertThat(messages.last()).hasText("Message 55");
        assertThat(page.locator("vaadin-side-nav-item .nav-badge")).isHidden();

        button("Show earlier messages").click();
        waitForVaadin();
        assertThat(messages).hasCount(55);
        assertThat(messages.first()).hasText("Message 1");
        assertThat(button("Show earlier messages")).isHidden();
    }
}
