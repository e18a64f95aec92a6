package org.allteach.coaching;

import static org.allteach.coaching.CoachingFixtures.calendarIn;
import static org.allteach.coaching.CoachingFixtures.property;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.allteach.calendar.Audience;
import org.allteach.calendar.EventDetails;
import org.allteach.calendar.EventKind;
import org.allteach.calendar.Events;
import org.allteach.calendar.slots.Slot;
import org.allteach.calendar.slots.SlotProblem;
import org.allteach.collaborative.Collaboratives;
import org.allteach.notification.MailOutbox;
import org.allteach.notification.QueuedEmail;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.ReadOnlyArchive;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios.Scenario;
import org.allteach.support.TestMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class CoachingCallsTest extends IntegrationTestBase {

    static final Duration HALF_HOUR = Duration.ofMinutes(30);

    @Autowired
    CoachingCalls calls;
    @Autowired
    CoachingAvailability availability;
    @Autowired
    MailOutbox outbox;
    @Autowired
    CallLinks links;
    @Autowired
    ApplicationEvents applicationEvents;
    @Autowired
    Events events;
    @Autowired
    Collaboratives collaboratives;

    Scenario s;

    @BeforeEach
    void coachOpensTheirCalendar() {
        s = scenarios.create();
        as(s.coachA(), () -> availability.save(CoachingFixtures.everyDay(Duration.ZERO, 8), "https://meet.example/carl"));
    }

    @Test
    void participantSeesTheirTeamsCoachFirstWithTheLengthsOffered() {
        List<BookingChoice> choices = as(s.participantA(), () -> calls.myBookingChoices());

        assertThat(choices).singleElement().satisfies(choice -> {
            assertThat(choice.collaborativeId()).isEqualTo(s.collaborativeId());
            assertThat(choice.teamName()).isEqualTo(s.teamAName());
            assertThat(choice.coaches().getFirst().coachId()).isEqualTo(s.coachA().id());
            assertThat(choice.coaches().getFirst().coachesMyTeam()).isTrue();
            assertThat(choice.coaches().getFirst().callLengths()).containsExactly(HALF_HOUR, Duration.ofHours(1));
        });
    }

    @Test
    void bookingSendsBothSidesAnInvitationInTheirOwnZoneAndSchedulesReminders() {
        Slot slot = freeSlot(2, HALF_HOUR);

        CoachingCall call = as(s.participantA(), () -> calls.book(new NewBooking(s.collaborativeId(),
                s.coachA().id(), HALF_HOUR, slot.start(), "Our **run chart** of BP control", null)));

        assertThat(call.status()).isEqualTo(CallStatus.CONFIRMED);
        assertThat(call.myParty()).isEqualTo(Party.PARTICIPANT);
        assertThat(call.agendaHtml()).contains("<strong>run chart</strong>");
        assertThat(call.changeable()).isTrue();
        for (String address : List.of(s.participantA().email(), s.coachA().email())) {
            MimeMessage mail = TestMailServer.awaitMessagesTo(address, 1, Duration.ofSeconds(20)).getFirst();
            Calendar invitation = calendarIn(mail);
            assertThat(invitation.validate().hasErrors()).as(invitation.validate().toString()).isFalse();
            assertThat(property(invitation, "METHOD")).isEqualTo("REQUEST");
            VEvent event = invitation.<VEvent>getComponents("VEVENT").getFirst();
            assertThat(property(event, "SEQUENCE")).isEqualTo("0");
            assertThat(property(event, "LOCATION")).isEqualTo("https://meet.example/carl");
            assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(slot.start());
        }
        assertThat(TestMailServer.linkIn(TestMailServer.messagesTo(s.participantA().email()).getFirst(),
                "coaching/link/")).isNotBlank();
        List<QueuedEmail> reminders = outbox.scheduled(CallReminderMails.key(call.id()));
        assertThat(reminders).hasSize(4).allSatisfy(reminder -> {
            assertThat(reminder.status()).isEqualTo(QueuedEmail.Status.PENDING);
            assertThat(reminder.discardAfter()).isEqualTo(slot.start());
        });
        assertThat(reminders).extracting(QueuedEmail::sendAt).containsOnly(slot.start().minus(Duration.ofHours(24)),
                slot.start().minus(Duration.ofHours(1)));
        assertThat(applicationEvents.stream(BookingConfirmed.class)).singleElement().isEqualTo(new BookingConfirmed(call.id(),
                s.collaborativeId(), s.coachA().id(), s.participantA().id(), slot.start(), slot.end()));
    }

    @Test
    void aBookedTimeIsNoLongerOffered() {
        Slot slot = freeSlot(2, HALF_HOUR);
        book(s, slot.start(), HALF_HOUR);

        List<Slot> left = as(s.leadA(), () -> calls.freeSlots(s.collaborativeId(), s.coachA().id(), HALF_HOUR,
                slot.start().minus(Duration.ofHours(2)), slot.start().plus(Duration.ofHours(2))));

        assertThat(left).extracting(Slot::start).doesNotContain(slot.start());
        assertThat(left).noneMatch(free -> free.start().isBefore(slot.end()) && free.end().isAfter(slot.start()));
    }

    @Test
    void reschedulingCancelsTheOldRemindersQueuesNewOnesAndSendsAnUpdatedInvitation() throws Exception {
        Slot first = freeSlot(2, HALF_HOUR);
        CoachingCall call = book(s, first.start(), HALF_HOUR);
        Slot later = freeSlot(3, HALF_HOUR);

        CoachingCall moved = as(s.participantA(), () -> calls.reschedule(call.id(), later.start()));

        assertThat(moved.start()).isEqualTo(later.start());
        List<QueuedEmail> reminders = outbox.scheduled(CallReminderMails.key(call.id()));
        assertThat(reminders).filteredOn(reminder -> reminder.status() == QueuedEmail.Status.CANCELLED)
                .extracting(QueuedEmail::discardAfter).hasSize(4).containsOnly(first.start());
        assertThat(reminders).filteredOn(reminder -> reminder.status() == QueuedEmail.Status.PENDING)
                .extracting(QueuedEmail::discardAfter).hasSize(4).containsOnly(later.start());
        MimeMessage update = TestMailServer.awaitMessagesTo(s.coachA().email(), 2, Duration.ofSeconds(20)).get(1);
        assertThat(update.getSubject()).startsWith("Coaching call with " + s.participantA().name() + " moved to");
        VEvent event = calendarIn(update).<VEvent>getComponents("VEVENT").getFirst();
        assertThat(property(event, "SEQUENCE")).isEqualTo("1");
        assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(later.start());
        assertThat(applicationEvents.stream(BookingRescheduled.class)).singleElement().satisfies(rescheduled -> {
            assertThat(rescheduled.previousStart()).isEqualTo(first.start());
            assertThat(rescheduled.start()).isEqualTo(later.start());
            assertThat(rescheduled.rescheduledBy()).isEqualTo(s.participantA().id());
        });
    }

    @Test
    void theEmailedLinkMovesTheCallAsItsSideUntilTheCallStarts() {
        Slot first = freeSlot(2, HALF_HOUR);
        CoachingCall call = book(s, first.start(), HALF_HOUR);
        MimeMessage mail = TestMailServer.awaitMessagesTo(s.participantA().email(), 1, Duration.ofSeconds(20))
                .getFirst();
        String link = TestMailServer.linkIn(mail, "coaching/link/");
        String token = link.substring(link.lastIndexOf('/') + 1);
        Slot later = freeSlot(3, HALF_HOUR);

        LinkedCall opened = links.open(token);
        assertThat(opened.status()).isEqualTo(LinkedCall.Status.CHANGEABLE);
        assertThat(opened.party()).isEqualTo(Party.PARTICIPANT);
        assertThat(opened.otherPartyName()).isEqualTo(s.coachA().name());
        assertThat(links.freeSlots(token, first.start(), first.start().plus(Duration.ofHours(2))))
                .extracting(Slot::start).doesNotContain(first.start()).isNotEmpty();

        LinkedCall moved = links.reschedule(token, later.start());

        assertThat(moved.start()).isEqualTo(later.start());
        assertThat(applicationEvents.stream(BookingRescheduled.class)).singleElement()
                .extracting(BookingRescheduled::rescheduledBy).isEqualTo(s.participantA().id());
        clock.advance(Duration.between(clock.instant(), later.start()).plusMinutes(1));
        assertThat(links.open(token).status()).isEqualTo(LinkedCall.Status.STARTED);
        assertThatThrownBy(() -> links.cancel(token, null)).isInstanceOf(InvalidInput.class)
                .hasMessage("This call has already started, so it can no longer be changed.");
        assertThat(as(s.participantA(), () -> calls.call(call.id())).status()).isEqualTo(CallStatus.CONFIRMED);
    }

    @Test
    void cancellingSendsACancellationAndDropsTheReminders() {
        CoachingCall call = book(s, freeSlot(2, HALF_HOUR).start(), HALF_HOUR);

        CoachingCall cancelled = as(s.coachA(), () -> calls.cancel(call.id(), "I am ill, sorry."));

        assertThat(cancelled.status()).isEqualTo(CallStatus.CANCELLED);
        assertThat(cancelled.cancelledBy()).isEqualTo(s.coachA().name());
        assertThat(outbox.scheduled(CallReminderMails.key(call.id())))
                .extracting(QueuedEmail::status).containsOnly(QueuedEmail.Status.CANCELLED);
        MimeMessage cancellation = TestMailServer.awaitMessagesTo(s.participantA().email(), 2, Duration.ofSeconds(20))
                .get(1);
        Calendar ics = calendarIn(cancellation);
        assertThat(property(ics, "METHOD")).isEqualTo("CANCEL");
        assertThat(property(ics.<VEvent>getComponents("VEVENT").getFirst(), "STATUS")).isEqualTo("CANCELLED");
        assertThat(applicationEvents.stream(BookingCancelled.class)).singleElement()
                .extracting(BookingCancelled::cancelledBy).isEqualTo(s.coachA().id());
        assertThatThrownBy(() -> as(s.participantA(), () -> calls.reschedule(call.id(), freeSlot(3, HALF_HOUR).start())))
                .isInstanceOf(InvalidInput.class).hasMessage("This call has already been cancelled.");
    }

    @Test
    void theCoachIsNotBookableDuringOfficeHoursTheyHost() {
        Slot slot = freeSlot(2, Duration.ofHours(1));
        LocalDateTime start = LocalDateTime.ofInstant(slot.start(), CoachingFixtures.CHICAGO);
        as(s.coachA(), () -> events.create(new EventDetails(s.collaborativeId(), EventKind.OFFICE_HOURS,
                "Office hours", null, start, start.plusHours(1), CoachingFixtures.CHICAGO, "https://meet.example/hours",
                null, Audience.TEAMS,
                Set.of(s.teamA()), 5, List.of()), null));

        assertThat(as(s.participantA(), () -> calls.freeSlots(s.collaborativeId(), s.coachA().id(), HALF_HOUR,
                slot.start(), slot.end()))).isEmpty();
        assertRefused(slot.start(), HALF_HOUR, "start", "That time was just taken. Please pick another time.");
    }

    @Test
    void bookingInThePastIsRefused() {
        Instant yesterday = clock.instant().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);

        assertRefused(yesterday, HALF_HOUR, "start", SlotProblem.IN_THE_PAST.message());
    }

    @Test
    void bookingInsideTheMinimumNoticeIsRefused() {
        Instant soon = clock.instant().plus(Duration.ofMinutes(20)).truncatedTo(ChronoUnit.MINUTES);

        assertRefused(soon, HALF_HOUR, "start", SlotProblem.INSIDE_MINIMUM_NOTICE.message());
    }

    @Test
    void bookingBeyondTheBookingWindowIsRefused() {
        Instant later = freeSlot(2, HALF_HOUR).start().plus(Duration.ofDays(40));

        assertRefused(later, HALF_HOUR, "start", SlotProblem.BEYOND_BOOKING_WINDOW.message());
    }

    @Test
    void aLengthTheCoachDoesNotOfferIsRefused() {
        assertRefused(freeSlot(2, HALF_HOUR).start(), Duration.ofMinutes(45), "length",
                SlotProblem.LENGTH_NOT_OFFERED.message());
    }

    @Test
    void aBookingWithoutAgendaOrTimeSaysWhatIsMissing() {
        assertThatThrownBy(() -> as(s.participantA(), () -> calls.book(new NewBooking(s.collaborativeId(),
                s.coachA().id(), HALF_HOUR, null, "  ", null))))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("start", "Pick a time for the call.")
                        .containsEntry("agenda",
                                "Say briefly what you would like to talk about, so your coach can prepare."));
    }

    @Test
    void aTimeTakenByAnotherBookingIsRefusedAsJustTaken() {
        Slot slot = freeSlot(2, Duration.ofHours(1));
        book(s, slot.start(), Duration.ofHours(1));

        assertThatThrownBy(() -> as(s.leadA(), () -> calls.book(new NewBooking(s.collaborativeId(), s.coachA().id(),
                HALF_HOUR, slot.start().plus(HALF_HOUR), "Overlaps the first call", null))))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("start", "That time was just taken. Please pick another time."));
    }

    @Test
    void coachesAndOrganisersCannotBookAndOutsidersSeeNoCoaches() {
        assertThat(as(s.outsider(), () -> calls.myBookingChoices())).isEmpty();
        assertThat(as(s.organiser(), () -> calls.myBookingChoices())).isEmpty();
        Instant start = freeSlot(2, HALF_HOUR).start();
        assertThatThrownBy(() -> as(s.outsider(), () -> calls.book(new NewBooking(s.collaborativeId(),
                s.coachA().id(), HALF_HOUR, start, "Hello", null))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private void assertRefused(Instant start, Duration length, String field, String message) {
        assertThatThrownBy(() -> as(s.participantA(), () -> calls.book(new NewBooking(s.collaborativeId(),
                s.coachA().id(), length, start, "Talk about our aim", null))))
                .isInstanceOfSatisfying(InvalidInput.class,
                        invalid -> assertThat(invalid.fieldErrors()).containsEntry(field, message));
        assertThat(as(s.participantA(), () -> calls.myUpcoming(10))).isEmpty();
    }

    @Test
    void afterTheCollaborativeClosesACallMovesNeitherWayNorRemindsAnyoneButEitherSideStillCancelsIt() {
        Slot first = freeSlot(2, HALF_HOUR);
        CoachingCall call = book(s, first.start(), HALF_HOUR);
        String link = TestMailServer.linkIn(TestMailServer.awaitMessagesTo(s.participantA().email(), 1,
                Duration.ofSeconds(20)).getFirst(), "coaching/link/");
        String token = link.substring(link.lastIndexOf('/') + 1);
        Slot second = freeSlot(3, HALF_HOUR);
        CoachingCall other = book(s, second.start(), HALF_HOUR);
        Slot later = freeSlot(4, HALF_HOUR);

        as(s.organiser(), () -> collaboratives.close(s.collaborativeId()));

        assertThat(links.open(token).status()).as("the emailed link offers only cancelling")
                .isEqualTo(LinkedCall.Status.CANCEL_ONLY);
        assertThat(links.freeSlots(token, later.start(), later.end())).isEmpty();
        CoachingCall closedCall = as(s.participantA(), () -> calls.call(call.id()));
        assertThat(closedCall.changeable()).isTrue();
        assertThat(closedCall.movable()).isFalse();
        assertThat(as(s.participantA(), () -> calls.freeSlotsToMoveTo(call.id(), later.start(), later.end())))
                .isEmpty();
        assertThatThrownBy(() -> links.reschedule(token, later.start())).isInstanceOf(ReadOnlyArchive.class);
        assertThatThrownBy(() -> as(s.participantA(), () -> calls.reschedule(call.id(), later.start())))
                .isInstanceOf(ReadOnlyArchive.class);
        assertThat(outbox.scheduled(CallReminderMails.key(call.id()))).hasSize(4)
                .allMatch(reminder -> reminder.status() == QueuedEmail.Status.CANCELLED);
        assertThat(outbox.scheduled(CallReminderMails.key(other.id()))).hasSize(4)
                .allMatch(reminder -> reminder.status() == QueuedEmail.Status.CANCELLED);
        assertThat(links.cancel(token, "The collaborative has ended").status())
                .isEqualTo(LinkedCall.Status.CANCELLED);
        assertThat(as(s.coachA(), () -> calls.cancel(other.id(), null)).status()).isEqualTo(CallStatus.CANCELLED);
    }

    /** The first free slot of the coach {@code days} days from now. */
    private Slot freeSlot(int days, Duration length) {
        Instant from = clock.instant().plus(Duration.ofDays(days));
        return as(s.participantA(), () -> calls.freeSlots(s.collaborativeId(), s.coachA().id(), length, from,
                from.plus(Duration.ofDays(1)))).getFirst();
    }

    private CoachingCall book(Scenario scenario, Instant start, Duration length) {
        return as(scenario.participantA(), () -> calls.book(new NewBooking(scenario.collaborativeId(),
                scenario.coachA().id(), length, start, "Our aim statement", null)));
    }
}
