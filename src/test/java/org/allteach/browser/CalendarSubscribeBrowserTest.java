package org.allteach.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.allteach.support.BrowserTestBase;
import org.allteach.support.Scenarios;
import org.junit.jupiter.api.Test;

class CalendarSubscribeBrowserTest extends BrowserTestBase {

    @Test
    void aPersonCopiesTheirCalendarLinkAndResetsIt() {
        Scenarios.Person person = scenarios.newPerson("Sam Subscriber");
        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
        signIn(person);
        open("calendar/subscribe");

        assertThat(page.locator("h1")).hasText("Subscribe to your calendar");
        String link = field("Your calendar link").inputValue();
        org.assertj.core.api.Assertions.assertThat(link).matches("http://localhost:8080/calendar/feed/[A-Za-z0-9_-]{43}\\.ics");
        button("Copy link").click();
        waitForVaadin();
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => navigator.clipboard.readText()"))
                .isEqualTo(link);
        assertThat(page.locator("vaadin-notification-card")).containsText("Link copied");
        screenshot("calendar-subscribe");

        APIResponse feed = page.request().get(localised(link));
        org.assertj.core.api.Assertions.assertThat(feed.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(feed.headers().get("content-type")).startsWith("text/calendar");

        button("Reset link").click();
        Locator dialog = page.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog");
        assertThat(dialog.getByText("Your current link stops working at once")).isVisible();
        screenshot("calendar-subscribe-reset-confirm");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reset link")).click();
        waitForVaadin();

        String renewed = field("Your calendar link").inputValue();
        org.assertj.core.api.Assertions.assertThat(renewed).isNotEqualTo(link).startsWith("http://localhost:8080/calendar/feed/");
        org.assertj.core.api.Assertions.assertThat(page.request().get(localised(link)).status()).isEqualTo(404);
        org.assertj.core.api.Assertions.assertThat(page.request().get(localised(renewed)).status()).isEqualTo(200);

        open("calendar/subscribe");
        assertThat(page.getByText("You made your calendar link on")).isVisible();
        assertThat(page.getByText("A calendar last fetched it on")).isVisible();
        assertThat(field("Your calendar link")).hasCount(0);
        screenshot("calendar-subscribe-later");
    }
}
