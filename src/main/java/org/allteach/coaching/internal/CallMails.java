package org.allteach.coaching.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.allteach.coaching.CallReminderMails;
import org.allteach.coaching.CallTimes;
import org.allteach.coaching.Party;
import org.allteach.discussion.Discussions;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.notification.Email;
import org.allteach.notification.MailOutbox;
import org.allteach.shared.PublicLinks;
import org.allteach.shared.SecureToken;
import org.allteach.shared.ics.Ics;
import org.allteach.shared.ics.IcsMethod;
import org.allteach.shared.markdown.MarkdownRenderer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail a booking causes, queued in the booking's transaction: to both parties, each in their own time zone and
 * language, with an iCalendar invitation (or cancellation) and signed links to reschedule or cancel; and reminders
 * 24 hours and 1 hour before, which the outbox drops when the call moves or is cancelled.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class CallMails {

    /** When reminders go out, before the call. */
    static final List<Duration> REMINDERS = List.of(Duration.ofHours(24), Duration.ofHours(1));

    private enum Kind { BOOKED, MOVED, CANCELLED, REMINDER }

    private final MailOutbox outbox;
    private final Accounts accounts;
    private final BookingLinkRepository links;
    private final CoachAvailabilityRepository availabilities;
    private final Discussions discussions;
    private final MarkdownRenderer markdown;
    private final CallEntries entries;
    private final PublicLinks publicLinks;
    private final Clock clock;

    CallMails(MailOutbox outbox, Accounts accounts, BookingLinkRepository links,
              CoachAvailabilityRepository availabilities, Discussions discussions, MarkdownRenderer markdown,
              CallEntries entries, PublicLinks publicLinks, Clock clock) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.links = links;
        this.availabilities = availabilities;
        this.discussions = discussions;
        this.markdown = markdown;
        this.entries = entries;
        this.publicLinks = publicLinks;
        this.clock = clock;
    }

    public void booked(Booking booking) {
        toBoth(booking, Kind.BOOKED, booking.getParticipantId(), null, null);
        scheduleReminders(booking);
    }

    public void moved(Booking booking, long movedBy, Instant previousStart, Instant previousEnd) {
        outbox.cancel(CallReminderMails.key(booking.getId()));
        toBoth(booking, Kind.MOVED, movedBy, previousStart, previousEnd);
        scheduleReminders(booking);
    }

    public void cancelled(Booking booking) {
        outbox.cancel(CallReminderMails.key(booking.getId()));
        toBoth(booking, Kind.CANCELLED, booking.getCancelledBy(), null, null);
    }

    private void toBoth(Booking booking, Kind kind, long actorId, Instant previousStart, Instant previousEnd) {
        Parties parties = parties(booking);
        for (Party party : Party.values()) {
            PersonProfile recipient = parties.of(party);
            Map<String, Object> model = model(booking, parties, party, kind, actorId);
            if (previousStart != null) {
                model.put("previousWhen", CallTimes.describe(previousStart, previousEnd, recipient.timeZone(),
                        recipient.locale()));
            }
            IcsMethod method = kind == Kind.CANCELLED ? IcsMethod.CANCEL : IcsMethod.REQUEST;
            outbox.queue(new Email(recipient.email(), subject(kind, party, parties, booking), "coaching-call", model,
                    recipient.locale())
                    .withAttachment(Email.Attachment.calendar(kind == Kind.CANCELLED ? "cancel.ics" : "invite.ics",
                            method, Ics.calendar(method, null, List.of(entries.entry(booking,
                                    parties.coach(), parties.participant(), party, meetingPlace(booking)))))));
        }
    }

    private void scheduleReminders(Booking booking) {
        Instant now = clock.instant();
        Parties parties = parties(booking);
        for (Duration before : REMINDERS) {
            Instant sendAt = booking.getStartsAt().minus(before);
            if (!sendAt.isAfter(now)) {
                continue; // booked at short notice: this reminder would come after the confirmation anyway
            }
            for (Party party : Party.values()) {
                PersonProfile recipient = parties.of(party);
                Map<String, Object> model = model(booking, parties, party, Kind.REMINDER, recipient.id());
                model.put("headline", "Your coaching call with " + parties.other(party).displayName() + " starts in "
                        + CallTimes.length(before) + ".");
                outbox.queue(new Email(recipient.email(), "Reminder: coaching call with "
                        + parties.other(party).displayName() + " at " + CallTimes.brief(booking.getStartsAt(),
                        recipient.timeZone(), recipient.locale()), "coaching-call", model, recipient.locale())
                        .sendAt(sendAt)
                        .discardAfter(booking.getStartsAt())
                        .cancelKey(CallReminderMails.key(booking.getId())));
            }
        }
    }

    private Map<String, Object> model(Booking booking, Parties parties, Party party, Kind kind, long actorId) {
        PersonProfile recipient = parties.of(party);
        PersonProfile other = parties.other(party);
        Map<String, Object> model = new HashMap<>();
        model.put("name", recipient.displayName());
        model.put("headline", headline(kind, party, parties, actorId));
        model.put("cancelled", kind == Kind.CANCELLED);
        model.put("when", CallTimes.describe(booking.getStartsAt(), booking.getEndsAt(), recipient.timeZone(),
                recipient.locale()));
        model.put("length", CallTimes.length(booking.getLength()));
        model.put("withName", other.displayName());
        model.put("withRole", party == Party.COACH ? "participant" : "coach");
        model.put("place", meetingPlace(booking));
        model.put("agendaText", booking.getAgenda());
        model.put("agendaHtml", markdown.toSafeHtml(booking.getAgenda()));
        if (booking.getThreadId() != null && discussions.mayRead(recipient.id(), booking.getThreadId())) {
            model.put("threadTitle", booking.getThreadTitle());
            model.put("threadLink", publicLinks.to("discuss/t/" + booking.getThreadId()));
        }
        model.put("callLink", publicLinks.to("coaching/calls/" + booking.getId()));
        model.put("reason", kind == Kind.CANCELLED ? booking.getCancelReason() : null);
        model.put("bookLink", kind == Kind.CANCELLED && party == Party.PARTICIPANT ? publicLinks.to("coaching/book")
                : null);
        if (kind != Kind.CANCELLED) {
            String link = newLink(booking, party);
            model.put("rescheduleLink", link + "?do=reschedule");
            model.put("cancelLink", link + "?do=cancel");
        }
        return model;
    }

    /** A new signed link for one party of the booking; the database keeps only its hash. */
    private String newLink(Booking booking, Party party) {
        SecureToken token = SecureToken.generate();
        links.save(new BookingLink(booking.getId(), party, token.hash(), clock.instant()));
        return publicLinks.to("coaching/link/" + token.value());
    }

    private static String headline(Kind kind, Party party, Parties parties, long actorId) {
        PersonProfile other = parties.other(party);
        boolean byMe = parties.of(party).id() == actorId;
        return switch (kind) {
            case BOOKED -> party == Party.PARTICIPANT
                    ? "Your coaching call with " + other.displayName() + " is booked."
                    : other.displayName() + " booked a coaching call with you.";
            case MOVED -> byMe ? "You moved your coaching call with " + other.displayName() + "."
                    : other.displayName() + " moved your coaching call to a new time.";
            case CANCELLED -> byMe ? "You cancelled your coaching call with " + other.displayName() + "."
                    : other.displayName() + " cancelled your coaching call.";
            case REMINDER -> "Your coaching call with " + other.displayName() + " is coming up.";
        };
    }

    private static String subject(Kind kind, Party party, Parties parties, Booking booking) {
        PersonProfile recipient = parties.of(party);
        String with = parties.other(party).displayName();
        String at = CallTimes.brief(booking.getStartsAt(), recipient.timeZone(), recipient.locale());
        return switch (kind) {
            case BOOKED -> "Coaching call with " + with + " booked: " + at;
            case MOVED -> "Coaching call with " + with + " moved to " + at;
            case CANCELLED -> "Cancelled: coaching call with " + with + " on " + at;
            case REMINDER -> "Reminder: coaching call with " + with + " at " + at;
        };
    }

    private String meetingPlace(Booking booking) {
        return availabilities.findById(booking.getCoachId()).map(CoachAvailability::getMeetingPlace).orElse(null);
    }

    private Parties parties(Booking booking) {
        Map<Long, PersonProfile> people = accounts.profiles(List.of(booking.getCoachId(), booking.getParticipantId()));
        return new Parties(people.get(booking.getCoachId()), people.get(booking.getParticipantId()));
    }

    private record Parties(PersonProfile coach, PersonProfile participant) {

        PersonProfile of(Party party) {
            return party == Party.COACH ? coach : participant;
        }

        PersonProfile other(Party party) {
            return party == Party.COACH ? participant : coach;
        }
    }
}
