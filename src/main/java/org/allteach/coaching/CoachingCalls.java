package org.allteach.coaching;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.allteach.calendar.slots.AvailabilityPolicy;
import org.allteach.calendar.slots.Slot;
import org.allteach.calendar.slots.SlotProblem;
import org.allteach.coaching.internal.Booking;
import org.allteach.coaching.internal.BookingRepository;
import org.allteach.coaching.internal.CallScheduler;
import org.allteach.coaching.internal.CoachAvailability;
import org.allteach.coaching.internal.CoachAvailabilityRepository;
import org.allteach.coaching.internal.CoachCalendar;
import org.allteach.coaching.internal.Policies;
import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.collaborative.CollaborativeCoach;
import org.allteach.collaborative.Memberships;
import org.allteach.collaborative.MyMembership;
import org.allteach.collaborative.Role;
import org.allteach.collaborative.RoleHeld;
import org.allteach.collaborative.Teams;
import org.allteach.discussion.CategorySummary;
import org.allteach.discussion.Discussions;
import org.allteach.discussion.SpaceKind;
import org.allteach.discussion.SpaceOverview;
import org.allteach.discussion.ThreadRow;
import org.allteach.identity.Accounts;
import org.allteach.identity.CurrentPerson;
import org.allteach.identity.PersonProfile;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.markdown.MarkdownRenderer;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking, rescheduling and cancelling coaching calls in the portal. Participants and team leads book the coaches
 * of their collaborative; each side of a call sees its details and may move or cancel it; organisers see the calls
 * of their collaborative. Anyone else learns nothing about a call, not even that it exists: the free times people
 * see are computed from busy times only.
 */
@Service
public class CoachingCalls {

    static final int MAX_AGENDA = 4000;
    private static final String NO_SUCH_CALL = "You cannot open this coaching call.";
    private static final int THREADS_PER_CATEGORY = 10;
    private static final int MAX_THREADS = 40;

    private final CallScheduler scheduler;
    private final BookingRepository bookings;
    private final CoachAvailabilityRepository availabilities;
    private final CoachCalendar calendar;
    private final Memberships memberships;
    private final CollaborativeAccess access;
    private final Teams teams;
    private final Discussions discussions;
    private final Accounts accounts;
    private final CurrentPerson currentPerson;
    private final MarkdownRenderer markdown;
    private final Clock clock;

    CoachingCalls(CallScheduler scheduler, BookingRepository bookings, CoachAvailabilityRepository availabilities,
                  CoachCalendar calendar, Memberships memberships, CollaborativeAccess access, Teams teams,
                  Discussions discussions, Accounts accounts, CurrentPerson currentPerson, MarkdownRenderer markdown,
                  Clock clock) {
        this.scheduler = scheduler;
        this.bookings = bookings;
        this.availabilities = availabilities;
        this.calendar = calendar;
        this.memberships = memberships;
        this.access = access;
        this.teams = teams;
        this.discussions = discussions;
        this.accounts = accounts;
        this.currentPerson = currentPerson;
        this.markdown = markdown;
        this.clock = clock;
    }

    /**
     * Where the signed-in person may book calls: each collaborative they are a participant or team lead in, with its
     * coaches, those of their own team first.
     */
    @Transactional(readOnly = true)
    public List<BookingChoice> myBookingChoices() {
        long me = currentPerson.requireId();
        List<BookingChoice> choices = new ArrayList<>();
        for (MyMembership membership : bookerMemberships()) {
            long collaborativeId = membership.collaborative().id();
            List<CollaborativeCoach> coaches = memberships.coaches(collaborativeId).stream()
                    .filter(coach -> coach.personId() != me).toList();
            Map<Long, CoachAvailability> open = availabilities.findAllById(coaches.stream()
                    .map(CollaborativeCoach::personId).toList()).stream()
                    .collect(Collectors.toMap(CoachAvailability::getCoachId, Function.identity()));
            List<CoachChoice> coachChoices = coaches.stream()
                    .map(coach -> new CoachChoice(coach.personId(), coach.displayName(), coach.timeZone(),
                            coach.teamIds().contains(membership.teamId()),
                            open.containsKey(coach.personId()) ? open.get(coach.personId()).getCallLengths()
                                    : List.of()))
                    .sorted(Comparator.comparing((CoachChoice coach) -> !coach.coachesMyTeam())
                            .thenComparing(CoachChoice::name))
                    .toList();
            choices.add(new BookingChoice(collaborativeId, membership.collaborative().name(), membership.teamId(),
                    membership.teamName(), coachChoices));
        }
        return choices;
    }

    /**
     * A coach's free call times of one length between two instants, for someone who may book them. Only free times:
     * nothing about the coach's other calls.
     *
     * @throws InvalidInput with field {@code length} when the coach does not offer it
     */
    @Transactional(readOnly = true)
    public List<Slot> freeSlots(long collaborativeId, long coachId, Duration length, Instant from, Instant to) {
        requireBooker(collaborativeId);
        requireCoachOf(collaborativeId, coachId);
        AvailabilityPolicy policy = availabilities.findById(coachId).map(Policies::toPolicy).orElse(null);
        if (policy == null) {
            return List.of();
        }
        if (!policy.callLengths().contains(length)) {
            throw InvalidInput.of("length", SlotProblem.LENGTH_NOT_OFFERED.message());
        }
        return calendar.freeSlots(policy, coachId, length, clock.instant(), from, to, null);
    }

    /**
     * Books a call for the signed-in person. Under concurrency exactly one of several bookings of overlapping times
     * with one coach succeeds; the others get "That time was just taken" on {@code start}.
     *
     * @throws InvalidInput with fields {@code coach}, {@code length}, {@code start}, {@code agenda}, {@code thread}
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public CoachingCall book(NewBooking request) {
        long me = currentPerson.requireId();
        RoleHeld membership = requireBooker(request.collaborativeId());
        access.requireOpen(request.collaborativeId());
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (request.coachId() == me) {
            errors.add("coach", "You cannot book a coaching call with yourself.");
        } else if (memberships.coaches(request.collaborativeId()).stream()
                .noneMatch(coach -> coach.personId() == request.coachId())) {
            errors.add("coach", "Choose one of the collaborative's coaches.");
        }
        if (request.length() == null) {
            errors.add("length", "Choose how long the call should be.");
        }
        if (request.start() == null) {
            errors.add("start", "Pick a time for the call.");
        }
        String agenda = errors.optionalText("agenda", request.agenda(), MAX_AGENDA);
        if (agenda == null && !errors.has("agenda")) {
            errors.add("agenda", "Say briefly what you would like to talk about, so your coach can prepare.");
        }
        String threadTitle = null;
        if (request.threadId() != null) {
            if (discussions.mayRead(me, request.threadId()) && discussions.mayRead(request.coachId(),
                    request.threadId())) {
                threadTitle = discussions.thread(request.threadId()).title();
            } else {
                errors.add("thread", "Choose a thread that both you and your coach can read.");
            }
        }
        errors.throwIfAny();
        Booking booking = scheduler.book(request.coachId(), me, request.collaborativeId(), membership.teamId(),
                request.length(), request.start(), agenda, request.threadId(), threadTitle);
        return toCalls(List.of(booking)).getFirst();
    }

    /** A call by id, for its coach, its participant and the organisers of its collaborative. */
    @Transactional(readOnly = true)
    public CoachingCall call(long bookingId) {
        Booking booking = bookings.findById(bookingId).orElseThrow(() -> new AccessDeniedException(NO_SUCH_CALL));
        if (!booking.involves(currentPerson.requireId()) && !access.isOrganiser(booking.getCollaborativeId())) {
            throw new AccessDeniedException(NO_SUCH_CALL);
        }
        return toCalls(List.of(booking)).getFirst();
    }

    /** The free times a call could move to (same coach, same length); for the call's coach and participant. */
    @Transactional(readOnly = true)
    public List<Slot> freeSlotsToMoveTo(long bookingId, Instant from, Instant to) {
        Booking booking = requireParty(bookings.findById(bookingId).orElse(null));
        if (!scheduler.movable(booking)) {
            return List.of();
        }
        AvailabilityPolicy policy = Policies.alsoOffering(
                Policies.toPolicy(availabilities.findById(booking.getCoachId()).orElseThrow()), booking.getLength());
        return calendar.freeSlots(policy, booking.getCoachId(), booking.getLength(), clock.instant(), from, to,
                booking.getId()).stream().filter(slot -> !slot.start().equals(booking.getStartsAt())).toList();
    }

    /**
     * Moves a call to a new time; both sides get an updated invitation and new reminders, the old reminders are
     * cancelled.
     *
     * @throws InvalidInput with field {@code start}, or a blank field when the call can no longer change
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public CoachingCall reschedule(long bookingId, Instant newStart) {
        Booking booking = requireParty(scheduler.lockForChange(bookingId).orElse(null));
        scheduler.reschedule(booking, newStart, currentPerson.requireId());
        return toCalls(List.of(booking)).getFirst();
    }

    /**
     * Cancels a call; both sides get a cancellation for their calendars, reminders not yet sent are dropped.
     *
     * @param reason an optional message to the other side
     * @throws InvalidInput with field {@code reason}, or a blank field when the call can no longer change
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public CoachingCall cancel(long bookingId, String reason) {
        Booking booking = requireParty(scheduler.lockForChange(bookingId).orElse(null));
        scheduler.cancel(booking, reason, currentPerson.requireId());
        return toCalls(List.of(booking)).getFirst();
    }

    /** The signed-in person's calls that have not ended (as coach or participant), soonest first. */
    @Transactional(readOnly = true)
    public List<CoachingCall> myUpcoming(int limit) {
        return toCalls(bookings.findUpcomingFor(currentPerson.requireId(), clock.instant(), PageRequest.of(0, limit)));
    }

    /** The signed-in person's calls that have ended, latest first. */
    @Transactional(readOnly = true)
    public List<CoachingCall> myPast(int limit) {
        return toCalls(bookings.findPastFor(currentPerson.requireId(), clock.instant(), PageRequest.of(0, limit)));
    }

    /** The calls of a collaborative that have not ended, for its organisers. */
    @Transactional(readOnly = true)
    public List<CoachingCall> upcomingIn(long collaborativeId, int limit) {
        access.requireOrganiser(collaborativeId);
        return toCalls(bookings.findUpcomingInCollaborative(collaborativeId, clock.instant(),
                PageRequest.of(0, limit)));
    }

    /**
     * Recently active discussion threads that both the signed-in person and the coach can read, their team's spaces
     * first, for "a thread to discuss" on the booking form.
     */
    @Transactional(readOnly = true)
    public List<ThreadToDiscuss> threadsToDiscuss(long collaborativeId, long coachId) {
        requireBooker(collaborativeId);
        requireCoachOf(collaborativeId, coachId);
        List<SpaceOverview> spaces = discussions.mySpaces().stream()
                .filter(space -> space.kind() == SpaceKind.TEAM || space.kind() == SpaceKind.COLLABORATIVE)
                .sorted(Comparator.comparing((SpaceOverview space) -> space.kind() != SpaceKind.TEAM))
                .toList();
        List<ThreadToDiscuss> found = new ArrayList<>();
        for (SpaceOverview space : spaces) {
            for (CategorySummary category : space.categories()) {
                for (ThreadRow thread : discussions.threads(category.id(), 0, THREADS_PER_CATEGORY)) {
                    if (found.size() < MAX_THREADS && discussions.mayRead(coachId, thread.id())) {
                        found.add(new ThreadToDiscuss(thread.id(), thread.title(), space.name() + " · "
                                + category.name()));
                    }
                }
            }
        }
        return found;
    }

    private List<MyMembership> bookerMemberships() {
        return memberships.myOverview().stream().map(overview -> overview.membership())
                .filter(membership -> membership.role() == Role.PARTICIPANT || membership.role() == Role.TEAM_LEAD)
                .toList();
    }

    /** The signed-in person's team role in the collaborative, if they may book calls there. */
    private RoleHeld requireBooker(long collaborativeId) {
        return access.myRoles().stream()
                .filter(held -> held.collaborativeId() == collaborativeId
                        && (held.role() == Role.PARTICIPANT || held.role() == Role.TEAM_LEAD))
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException(
                        "Only participants and team leads of the collaborative book coaching calls."));
    }

    private void requireCoachOf(long collaborativeId, long coachId) {
        if (memberships.coaches(collaborativeId).stream().noneMatch(coach -> coach.personId() == coachId)) {
            throw InvalidInput.of("coach", "Choose one of the collaborative's coaches.");
        }
    }

    private Booking requireParty(Booking booking) {
        if (booking == null || !booking.involves(currentPerson.requireId())) {
            throw new AccessDeniedException(NO_SUCH_CALL);
        }
        return booking;
    }

    private List<CoachingCall> toCalls(Collection<Booking> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        long me = currentPerson.requireId();
        Set<Long> people = new HashSet<>();
        found.forEach(booking -> {
            people.add(booking.getCoachId());
            people.add(booking.getParticipantId());
            if (booking.getCancelledBy() != null) {
                people.add(booking.getCancelledBy());
            }
        });
        Map<Long, PersonProfile> profiles = accounts.profiles(people);
        Map<Long, String> teamNames = teams.names(found.stream().map(Booking::getTeamId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<Long, String> meetingPlaces = new HashMap<>();
        availabilities.findAllById(found.stream().map(Booking::getCoachId).collect(Collectors.toSet()))
                .forEach(coach -> meetingPlaces.put(coach.getCoachId(), coach.getMeetingPlace()));
        Map<Long, Boolean> closed = new HashMap<>();
        return found.stream().map(booking -> {
            Party party = booking.getCoachId() == me ? Party.COACH
                    : booking.getParticipantId() == me ? Party.PARTICIPANT : null;
            ThreadToDiscuss thread = booking.getThreadId() != null && discussions.mayRead(me, booking.getThreadId())
                    ? new ThreadToDiscuss(booking.getThreadId(), booking.getThreadTitle(), null) : null;
            return new CoachingCall(booking.getId(), booking.getCollaborativeId(), booking.getCoachId(),
                    PersonProfile.displayNameIn(profiles, booking.getCoachId()), booking.getParticipantId(),
                    PersonProfile.displayNameIn(profiles, booking.getParticipantId()),
                    booking.getTeamId() == null ? null : teamNames.get(booking.getTeamId()), booking.getStartsAt(),
                    booking.getEndsAt(), booking.getStatus(), meetingPlaces.get(booking.getCoachId()),
                    booking.getAgenda(),
                    markdown.toSafeHtml(booking.getAgenda()), thread, party,
                    party != null && scheduler.changeable(booking), party != null && scheduler.movable(booking, closed),
                    booking.getCancelledAt(),
                    booking.getCancelledBy() == null ? null
                            : PersonProfile.displayNameIn(profiles, booking.getCancelledBy()),
                    booking.getCancelReason());
        }).toList();
    }

    /**
     * Each team's coaching calls in a collaborative: calls held (confirmed and over), when the last one was, when the
     * next one is; one GROUP BY query, for the collaborative's organisers and coaches. Teams without calls are left out.
     */
    @Transactional(readOnly = true)
    public List<CallTally> callTallies(long collaborativeId) {
        access.requireOrganiserOrCoach(collaborativeId);
        return bookings.countByTeam(collaborativeId, clock.instant()).stream()
                .map(row -> new CallTally(row.getTeamId(), (int) row.getHeld(), row.getLastHeldAt(), row.getNextAt()))
                .toList();
    }
}
