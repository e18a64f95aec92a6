package org.allteach.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.allteach.coaching.CoachingFixtures.calendarIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.allteach.coaching.CallReminderMails;
import org.allteach.coaching.CallStatus;
import org.allteach.coaching.CallTimes;
import org.allteach.coaching.CoachingAvailability;
import org.allteach.coaching.CoachingCall;
import org.allteach.coaching.CoachingCalls;
import org.allteach.coaching.NewBooking;
import org.allteach.identity.Accounts;
import org.allteach.notification.MailOutbox;
import org.allteach.notification.QueuedEmail;
import org.allteach.support.Await;
import org.allteach.support.BrowserTestBase;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Scenario;
import org.allteach.support.TestMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CoachingBrowserTest extends BrowserTestBase {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    Accounts accounts;
    @Autowired
    CoachingCalls calls;
    @Autowired
    MailOutbox outbox;
    @Autowired
    CoachingAvailability availability;

    Scenario s;

    @BeforeEach
    void participantLivesInLondon() {
        s = scenarios.create();
        as(s.participantA(), () -> accounts.updateMyProfile(s.participantA().name(), LONDON, Locale.UK));
    }

    @Test
    void coachSetsAvailabilityParticipantInAnotherZoneBooksThenReschedulesAndNoReminderGoesOutForTheOldTime()
            throws Exception {
        // The coach (Chicago) sets their availability, first with overlapping hours.
        signIn(s.coachA());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My availability")).click();
        waitForVaadin();
        assertThat(page.getByText("Not open for booking yet")).isVisible();
        assertThat(page.locator(".preview-time").first()).isVisible();
        tallScreenshot(page, "coaching-availability-new");

        button("Add hours on Monday").click();
        waitForVaadin();
        button("Save availability").click();
        waitForVaadin();
        assertThat(page.locator(".weekly-card .section-message")).containsText("overlaps");
        assertThat(page.locator(".day-row").first().locator("vaadin-time-picker")).hasCount(6);
        tallScreenshot(page, "coaching-availability-overlap");

        page.getByLabel("Remove Monday hours").last().click();
        button("Add a date").click();
        waitForVaadin();
        page.locator(".override-row vaadin-date-picker input").fill("12/24/2030");
        page.locator(".override-row vaadin-date-picker input").press("Enter");
        field("Where calls happen (optional)").fill("https://meet.example.org/carl");
        button("Save availability").click();
        waitForVaadin();
        assertThat(page.getByText("Saved. Participants can book your free times.")).isVisible();
        assertThat(page.getByText("Open for booking")).isVisible();
        tallScreenshot(page, "coaching-availability-saved");

        // The participant (London, British English) books in their own time zone.
        Page participant = newSession();
        signIn(participant, s.participantA().email(), Scenarios.PASSWORD);
        participant.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Coaching calls")).click();
        waitForVaadin(participant);
        button(participant, "Book a call").click();
        waitForVaadin(participant);
        assertThat(participant.locator(".zone-line")).containsText("(Europe/London)");
        assertThat(participant.locator(".coach-choice")).containsText(s.coachA().name());
        assertThat(participant.locator(".coach-choice")).containsText("Your team's coach");
        participant.locator("vaadin-button.slot").first().click();
        waitForVaadin(participant);
        field(participant, "What would you like to talk about?").fill("""
                Our **second PDSA cycle** on text reminders:
                - what the run chart shows
                - what to test next""");
        tallScreenshot(participant, "coaching-book");
        button(participant, "Book the call").click();
        participant.waitForURL(url -> url.matches(".*/coaching/calls/\\d+$"));
        waitForVaadin(participant);
        assertThat(participant.locator("h1")).hasText("Coaching call with " + s.coachA().name());
        assertThat(participant.locator(".call-agenda strong")).hasText("second PDSA cycle");
        screenshot(participant, "coaching-call");

        CoachingCall booked = as(s.participantA(), () -> calls.myUpcoming(1)).getFirst();
        Instant firstStart = booked.start();

        // Both get an invitation they can add to their calendar, with the time in their own zone and language.
        MimeMessage toCoach = TestMailServer.awaitMessagesTo(s.coachA().email(), 1, Duration.ofSeconds(20)).getFirst();
        MimeMessage toParticipant = TestMailServer.awaitMessagesTo(s.participantA().email(), 1, Duration.ofSeconds(20))
                .getFirst();
        for (MimeMessage mail : List.of(toCoach, toParticipant)) {
            Calendar invitation = calendarIn(mail);
            assertThat(invitation.validate().hasErrors()).as(invitation.validate().toString()).isFalse();
            assertThat(invitation.getProperty(Property.METHOD).map(Property::getValue)).hasValue("REQUEST");
            VEvent event = invitation.<VEvent>getComponents(net.fortuna.ical4j.model.Component.VEVENT).getFirst();
            assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(firstStart);
        }
        assertThat(GreenMailUtil.getBody(toCoach).replace("=\r\n", ""))
                .contains(CallTimes.zoneName(firstStart, CHICAGO, Locale.US));
        assertThat(GreenMailUtil.getBody(toParticipant).replace("=\r\n", ""))
                .contains(CallTimes.zoneName(firstStart, LONDON, Locale.UK));
        assertThat(outbox.scheduled(CallReminderMails.key(booked.id()))).extracting(QueuedEmail::status)
                .containsOnly(QueuedEmail.Status.PENDING);

        // The participant moves the call to another day.
        button(participant, "Reschedule").click();
        waitForVaadin(participant);
        Locator dialog = participant.locator("vaadin-dialog-overlay, vaadin-dialog").filter(
                new Locator.FilterOptions().setHasText("Move your call with"));
        dialog.locator(".slot-day").nth(1).locator("vaadin-button.slot").first().click();
        waitForVaadin(participant);
        screenshot(participant, "coaching-reschedule");
        button(participant, "Move the call").click();
        waitForVaadin(participant);
        assertThat(participant.getByText("Moved. " + s.coachA().name() + " gets an updated invitation.")).isVisible();
        CoachingCall moved = as(s.participantA(), () -> calls.call(booked.id()));
        assertThat(moved.start()).isNotEqualTo(firstStart);

        MimeMessage update = TestMailServer.awaitMessagesTo(s.participantA().email(), 2, Duration.ofSeconds(20)).get(1);
        VEvent updated = calendarIn(update).<VEvent>getComponents(net.fortuna.ical4j.model.Component.VEVENT).getFirst();
        assertThat(updated.getProperty(Property.SEQUENCE).map(Property::getValue)).hasValue("1");
        assertThat(Instant.from(updated.getDateTimeStart().getDate())).isEqualTo(moved.start());

        // The old time's reminders are cancelled in the outbox, and nothing is sent for the old time.
        List<QueuedEmail> reminders = outbox.scheduled(CallReminderMails.key(booked.id()));
        assertThat(reminders).filteredOn(reminder -> reminder.discardAfter().equals(firstStart))
                .isNotEmpty().extracting(QueuedEmail::status).containsOnly(QueuedEmail.Status.CANCELLED);
        clock.advance(Duration.between(Instant.now(), firstStart.minus(Duration.ofMinutes(50))));
        String oldTime = CallTimes.brief(firstStart, LONDON, Locale.UK);
        Await.until(() -> outbox.scheduled(CallReminderMails.key(booked.id())),
                all -> all.stream().noneMatch(reminder -> reminder.status() == QueuedEmail.Status.PENDING
                        && !reminder.sendAt().isAfter(clock.instant())), Duration.ofSeconds(10));
        Thread.sleep(1000);
        assertThat(TestMailServer.messagesTo(s.participantA().email())).extracting(MimeMessage::getSubject)
                .noneMatch(subject -> subject.startsWith("Reminder") && subject.contains(oldTime));
        assertThat(TestMailServer.messagesTo(s.coachA().email())).extracting(MimeMessage::getSubject)
                .noneMatch(subject -> subject.startsWith("Reminder")
                        && subject.contains(CallTimes.brief(firstStart, CHICAGO, Locale.US)));
        clock.reset();

        // Both see the call in their lists, each from their own side.
        open(participant, "coaching");
        assertThat(participant.locator(".call-card")).containsText(s.coachA().name());
        screenshot(participant, "coaching-calls-participant");
        open("coaching");
        assertThat(page.locator(".call-card")).containsText(s.participantA().name());
        screenshot("coaching-calls-coach");
    }

    /** The shell scrolls inside its own container, so a full-page shot needs a window as tall as the page. */
    private void tallScreenshot(Page target, String name) {
        target.setViewportSize(1280, 2000);
        screenshot(target, name);
        target.setViewportSize(1280, 860);
    }

    @Test
    void theEmailedCancelLinkWorksWithoutSigningInAndOnlyTheButtonCancels() {
        as(s.coachA(), () -> availability.save(availability.mine().policy(), null));
        Instant from = clock.instant().plus(Duration.ofDays(2));
        Instant start = as(s.participantA(), () -> calls.freeSlots(s.collaborativeId(), s.coachA().id(),
                Duration.ofMinutes(30), from, from.plus(Duration.ofDays(7)))).getFirst().start();
        CoachingCall call = as(s.participantA(), () -> calls.book(new NewBooking(
                s.collaborativeId(), s.coachA().id(), Duration.ofMinutes(30), start, "Our aim statement", null)));
        MimeMessage mail = TestMailServer.awaitMessagesTo(s.coachA().email(), 1, Duration.ofSeconds(20)).getFirst();
        String link = localised(TestMailServer.linkIn(mail, "coaching/link/"));

        page.navigate(link + "?do=cancel");
        waitForVaadin();
        assertThat(page.locator("h1")).hasText("Cancel your call with " + s.participantA().name() + "?");
        assertThat(page.locator(".link-summary")).containsText(CallTimes.zoneName(start, CHICAGO, Locale.US));
        assertThat(page.getByText("Our aim statement")).hasCount(0);
        screenshot("coaching-link-cancel");
        assertThat(as(s.participantA(), () -> calls.call(call.id())).status())
                .isEqualTo(CallStatus.CONFIRMED);

        field("Message to " + s.participantA().name() + " (optional)").fill("Sorry, I am at a site visit.");
        button("Cancel the call").click();
        waitForVaadin();
        assertThat(page.getByText("Your call has been cancelled.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(as(s.participantA(), () -> calls.call(call.id())).status())
                .isEqualTo(CallStatus.CANCELLED);
        MimeMessage cancellation = TestMailServer.awaitMessagesTo(s.participantA().email(), 2, Duration.ofSeconds(20))
                .get(1);
        assertThat(calendarIn(cancellation).getProperty(Property.METHOD).map(Property::getValue)).hasValue("CANCEL");

        page.navigate(link);
        waitForVaadin();
        assertThat(page.getByText("This call has been cancelled.")).isVisible();
        screenshot("coaching-link-cancelled");
    }

}
