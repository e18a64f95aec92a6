package org.allteach.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.allteach.calendar.internal.CalendarEvent;
import org.allteach.calendar.internal.CalendarEventRepository;
import org.allteach.calendar.internal.EventSeries;
import org.allteach.calendar.internal.EventSeriesRepository;
import org.allteach.calendar.internal.Rsvp;
import org.allteach.calendar.internal.RsvpRepository;
import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.collaborative.Collaboratives;
import org.allteach.collaborative.Role;
import org.allteach.collaborative.TeamRef;
import org.allteach.collaborative.Teams;
import org.allteach.community.Community;
import org.allteach.community.CommunityLeft;
import org.allteach.identity.Accounts;
import org.allteach.identity.CurrentPerson;
import org.allteach.identity.PersonProfile;
import org.allteach.library.Library;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.PublicLinks;
import org.allteach.shared.ics.Ics;
import org.allteach.shared.ics.IcsEvent;
import org.allteach.shared.ics.IcsMethod;
import org.allteach.shared.markdown.MarkdownRenderer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar's events: who sees which (see {@link Viewer}), planning single events and series, changing or
 * cancelling one occurrence, the following ones or all, and RSVPs with seats and a waitlist for office hours. An event
 * the person may not see is reported as not found, by id too. The community of practice's events (audience
 * {@link Audience#COMMUNITY}) are hosted by its members from a collaborative they are or were in, for the community's
 * members; a closed collaborative's archive rule does not apply to them (decision 0039).
 */
@Service
@Transactional(readOnly = true)
public class Events {

    private static final String NOT_FOUND = "This event does not exist, or it is not shared with you.";
    private static final int MAX_TITLE = 200;
    private static final int MAX_DESCRIPTION = 20_000;
    private static final int MAX_LINK = 500;
    private static final int MAX_PLACE = 200;
    private static final int MAX_MATERIALS = 10;
    private static final int MAX_SEATS = 1000;
    private static final Duration MAX_LENGTH = Duration.ofHours(24);
    private static final int MAX_LISTED = 1000;

    private final CalendarEventRepository events;
    private final EventSeriesRepository series;
    private final RsvpRepository rsvps;
    private final CollaborativeAccess access;
    private final Collaboratives collaboratives;
    private final Teams teams;
    private final CurrentPerson currentPerson;
    private final Accounts accounts;
    private final Library library;
    private final MarkdownRenderer markdown;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;
    private final PublicLinks links;
    private final Community community;

    Events(CalendarEventRepository events, EventSeriesRepository series, RsvpRepository rsvps,
           CollaborativeAccess access, Collaboratives collaboratives, Teams teams, CurrentPerson currentPerson,
           Accounts accounts, Library library, MarkdownRenderer markdown, Clock clock,
           ApplicationEventPublisher publisher, PublicLinks links, Community community) {
        this.links = links;
        this.community = community;
        this.events = events;
        this.series = series;
        this.rsvps = rsvps;
        this.access = access;
        this.collaboratives = collaboratives;
        this.teams = teams;
        this.currentPerson = currentPerson;
        this.accounts = accounts;
        this.library = library;
        this.markdown = markdown;
        this.clock = clock;
        this.publisher = publisher;
    }

    // ----- reading

    /** The events overlapping [from, to) that the signed-in person may see, cancelled ones included, earliest first. */
    public List<EventSummary> between(Instant from, Instant to, CalendarFilter filter) {
        Viewer viewer = viewer();
        return summaries(viewer, visible(viewer, from, to, filter, MAX_LISTED));
    }

    /** The next events the signed-in person may see, leaving out cancelled ones and those they declined. */
    public List<EventSummary> upcoming(int limit) {
        Viewer viewer = viewer();
        Instant now = clock.instant();
        List<EventSummary> found = summaries(viewer, visible(viewer, now, now.plus(120, ChronoUnit.DAYS),
                CalendarFilter.EVERYTHING, limit * 4 + 20));
        return found.stream().filter(event -> !event.cancelled() && event.myResponse() != RsvpStatus.NOT_GOING)
                .limit(limit).toList();
    }

    /**
     * The community's next events (cancelled ones left out), with their hosts and the collaboratives they are hosted
     * from, for the community page; none for people outside the community.
     */
    public List<CommunityEvent> communityUpcoming(int limit) {
        Viewer viewer = viewer();
        if (!viewer.communityMember() && !viewer.administrator()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<CalendarEvent> found = visible(viewer, now, now.plus(120, ChronoUnit.DAYS), CalendarFilter.EVERYTHING,
                EnumSet.of(Audience.COMMUNITY), limit * 2 + 10).stream().filter(event -> !event.isCancelled())
                .limit(limit).toList();
        Map<Long, PersonProfile> hosts = accounts.profiles(found.stream().map(CalendarEvent::getHostId)
                .collect(Collectors.toSet()));
        Map<Long, String> from = collaboratives.names(found.stream().map(CalendarEvent::getCollaborativeId)
                .distinct().toList());
        Map<Long, CalendarEvent> byId = found.stream().collect(Collectors.toMap(CalendarEvent::getId, e -> e));
        return summaries(viewer, found).stream().map(summary -> new CommunityEvent(summary,
                PersonProfile.displayNameIn(hosts, byId.get(summary.id()).getHostId()),
                from.get(summary.collaborativeId()))).toList();
    }

    /** @throws NoSuchElementException when it does not exist or the person may not see it */
    public EventPage event(long eventId) {
        Viewer viewer = viewer();
        CalendarEvent event = visible(viewer, eventId);
        EventSummary summary = summaries(viewer, List.of(event)).getFirst();
        boolean mayManage = viewer.mayManage(event);
        // the services refuse changes to a closed collaborative's events, so its pages offer none; the community's
        // events are the community's, not the archive's
        boolean archived = !event.isForCommunity() && access.isClosed(event.getCollaborativeId());
        boolean mayEdit = mayManage && !archived;
        List<Rsvp> waitlist = rsvps.findByEventIdAndResponseOrderByRespondedAtAscIdAsc(eventId,
                RsvpStatus.WAITLISTED);
        Integer position = null;
        for (int i = 0; i < waitlist.size(); i++) {
            if (waitlist.get(i).getPersonId() == viewer.personId()) {
                position = i + 1;
            }
        }
        List<String> goingNames = List.of();
        Set<Long> people = new HashSet<>(Set.of(event.getHostId()));
        List<Rsvp> going = mayManage ? rsvps.findByEventIdAndResponseOrderByRespondedAtAscIdAsc(eventId,
                RsvpStatus.GOING) : List.of();
        going.forEach(rsvp -> people.add(rsvp.getPersonId()));
        Map<Long, PersonProfile> profiles = accounts.profiles(people);
        if (mayManage) {
            goingNames = going.stream().map(rsvp -> PersonProfile.displayNameIn(profiles, rsvp.getPersonId()))
                    .toList();
        }
        Map<Long, String> titles = library.titles(event.getMaterialIds());
        List<MaterialLink> materials = titles.entrySet().stream()
                .map(entry -> new MaterialLink(entry.getKey(), entry.getValue())).toList();
        String repeats = event.getSeriesId() == null ? null : series.findById(event.getSeriesId())
                .map(rule -> rule.getRecurrence().describe(rule.getFirstStart().toLocalDate(), Locale.US))
                .orElse(null);
        boolean open = !event.isCancelled() && event.getEndAt().isAfter(clock.instant()) && !archived;
        return new EventPage(summary, event.getDescription(), event.getDescriptionHtml(), event.getTimeZone(),
                event.getMeetingLink(), event.getPlace(), PersonProfile.displayNameIn(profiles, event.getHostId()),
                collaboratives.names(List.of(event.getCollaborativeId())).get(event.getCollaborativeId()), materials,
                repeats, waitlist.size(), position, mayEdit, open, goingNames);
    }

    /**
     * The series an event belongs to, if any. Only an id, so no viewer is needed: credit uses it after commit, when
     * no one is signed in, to match an attendance to activities linked to the whole series.
     */
    public Optional<Long> seriesId(long eventId) {
        return events.findById(eventId).map(CalendarEvent::getSeriesId);
    }

    /**
     * The times the person is taken by events they host or said they go to (cancelled ones left out), overlapping
     * [from, to). Only times: the coaching module uses them so nobody books a coach during a learning session.
     */
    public List<BusyInterval> busyIntervals(long personId, Instant from, Instant to) {
        return events.findBusy(personId, from, to).stream()
                .map(event -> new BusyInterval(event.getStartAt(), event.getEndAt())).toList();
    }

    /** The event as an iCalendar file for "Add to calendar", for those who may see it. */
    public String ics(long eventId) {
        CalendarEvent event = visible(viewer(), eventId);
        return Ics.calendar(IcsMethod.PUBLISH, null, List.of(icsEntry(event, null,
                accounts.profiles(Set.of(event.getHostId())))));
    }

    /**
     * The signed-in person's entries for their private calendar feed: the events they may see overlapping [from, to),
     * except those they declined; cancelled ones stay (STATUS:CANCELLED) so calendars remove them, and a place on the
     * waitlist is tentative.
     */
    List<IcsEvent> feedEntries(Instant from, Instant to) {
        Viewer viewer = viewer();
        List<CalendarEvent> found = visible(viewer, from, to, CalendarFilter.EVERYTHING, MAX_LISTED);
        Map<Long, RsvpStatus> mine = found.isEmpty() ? Map.of() : rsvps.findByPersonIdAndEventIdIn(viewer.personId(),
                found.stream().map(CalendarEvent::getId).toList()).stream()
                .collect(Collectors.toMap(Rsvp::getEventId, Rsvp::getResponse));
        List<CalendarEvent> wanted = found.stream().filter(event -> mine.get(event.getId()) != RsvpStatus.NOT_GOING)
                .toList();
        Map<Long, PersonProfile> hosts = accounts.profiles(wanted.stream().map(CalendarEvent::getHostId)
                .collect(Collectors.toSet()));
        return wanted.stream().map(event -> icsEntry(event, mine.get(event.getId()), hosts)).toList();
    }

    /** One entry; its host as the organiser, which iCalendar requires of published events. */
    private IcsEvent icsEntry(CalendarEvent event, RsvpStatus answer, Map<Long, PersonProfile> hosts) {
        PersonProfile host = hosts.get(event.getHostId());
        String page = links.to("calendar/event/" + event.getId());
        String text = markdown.toPlainText(event.getDescription()).strip();
        String where = event.getPlace() == null ? event.getMeetingLink() : event.getMeetingLink() == null
                ? event.getPlace() : event.getPlace() + " \u00b7 " + event.getMeetingLink();
        IcsEvent.Status status = event.isCancelled() ? IcsEvent.Status.CANCELLED
                : answer == RsvpStatus.WAITLISTED ? IcsEvent.Status.TENTATIVE : IcsEvent.Status.CONFIRMED;
        return new IcsEvent("event-" + event.getId() + "@allteach", Math.toIntExact(event.getVersion()),
                event.getStartAt(), event.getEndAt(), event.getTitle(),
                (text.isEmpty() ? "" : text + "\n\n") + (event.getMeetingLink() == null ? ""
                        : "Join: " + event.getMeetingLink() + "\n") + "In AllTeach: " + page,
                where, page, new IcsEvent.Person(host.displayName(), host.email()), List.of(), status,
                event.getUpdatedAt());
    }

    /**
     * Where the signed-in person may plan events, and what: in the collaboratives where they plan, and, for members of
     * the community, the community's events from every collaborative they are or were in. Empty when they may plan
     * nothing.
     */
    public List<PlanningScope> planningScopes() {
        Viewer viewer = viewer();
        // a closed collaborative's calendar is its history: nothing new is planned in it (decision 0033), but its
        // alumni host the community's events from it
        Map<Long, Boolean> planning = new HashMap<>();
        viewer.memberOf().forEach(id -> planning.put(id, viewer.plansIn(id) && !access.isClosed(id)));
        // where they plan first: the form starts there
        List<Long> where = planning.keySet().stream()
                .filter(id -> planning.get(id) || viewer.mayHostForCommunityFrom(id))
                .sorted(Comparator.comparing((Long id) -> !planning.get(id)).thenComparing(Comparator.naturalOrder()))
                .toList();
        Map<Long, String> names = collaboratives.names(where);
        List<PlanningScope> scopes = new ArrayList<>();
        for (long collaborativeId : where) {
            Map<EventKind, List<TeamRef>> teamsByKind = new EnumMap<>(EventKind.class);
            if (!planning.get(collaborativeId)) {
                scopes.add(new PlanningScope(collaborativeId, names.get(collaborativeId),
                        EnumSet.noneOf(EventKind.class), false, teamsByKind, true));
                continue;
            }
            List<TeamRef> all = teams.teamRefs(collaborativeId);
            if (viewer.organises(collaborativeId)) {
                Arrays.stream(EventKind.values()).forEach(kind -> teamsByKind.put(kind, all));
            } else {
                Set<Long> coached = viewer.teams(collaborativeId, Role.COACH);
                Set<Long> meetings = viewer.teams(collaborativeId, Role.COACH, Role.TEAM_LEAD);
                if (!coached.isEmpty()) {
                    teamsByKind.put(EventKind.OFFICE_HOURS, all.stream().filter(t -> coached.contains(t.id())).toList());
                }
                teamsByKind.put(EventKind.TEAM_MEETING, all.stream().filter(t -> meetings.contains(t.id())).toList());
            }
            scopes.add(new PlanningScope(collaborativeId, names.get(collaborativeId),
                    teamsByKind.isEmpty() ? EnumSet.noneOf(EventKind.class) : EnumSet.copyOf(teamsByKind.keySet()),
                    viewer.organises(collaborativeId), teamsByKind, viewer.mayHostForCommunityFrom(collaborativeId)));
        }
        return scopes;
    }

    /**
     * The teams whose calendar the signed-in person may filter by: their own teams, and every team of the
     * collaboratives where they organise or coach.
     */
    public List<TeamRef> calendarTeams() {
        Viewer viewer = viewer();
        Set<Long> own = viewer.teams();
        return viewer.memberOf().stream().sorted()
                .flatMap(collaborativeId -> teams.teamRefs(collaborativeId).stream()
                        .filter(team -> viewer.faculty(collaborativeId) || own.contains(team.id())))
                .toList();
    }

    /** The edit form's starting point for one occurrence and scope (see {@link EventDraft}). */
    public EventDraft draft(long eventId, EventScope scope) {
        Viewer viewer = viewer();
        CalendarEvent event = visible(viewer, eventId);
        requireManager(viewer, event);
        EventSeries rule = event.getSeriesId() == null ? null : series.findById(event.getSeriesId()).orElseThrow();
        if (rule == null || scope == EventScope.ONE) {
            ZoneId zone = event.getTimeZone();
            return new EventDraft(details(event, LocalDateTime.ofInstant(event.getStartAt(), zone),
                    LocalDateTime.ofInstant(event.getEndAt(), zone), zone), null, rule != null);
        }
        Schedule schedule = scheduleOf(rule, event, scope);
        return new EventDraft(details(event, schedule.start(), schedule.start().plus(schedule.length()),
                schedule.zone()), schedule.recurrence(), true);
    }

    // ----- planning and changing

    /**
     * Plans an event, or a series when {@code recurrence} is given (its occurrences are generated at once, each at the
     * first one's wall-clock time in the event's zone).
     *
     * @return the id of the event, or of the series' first occurrence
     * @throws InvalidInput          with fields kind, title, description, start, end, zone, meetingLink, place,
     *                               audience, teams, seatLimit, materials, frequency, until, count
     * @throws AccessDeniedException when the person may not plan events in this collaborative at all
     */
    @Transactional
    public long create(EventDetails details, Recurrence recurrence) {
        Viewer viewer = viewer();
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (details.audience() == Audience.COMMUNITY) {
            requireCommunityHost(viewer, details.collaborativeId());
        } else {
            requirePlanner(viewer, details, errors);
            access.requireOpen(details.collaborativeId());
        }
        Valid valid = validate(details, recurrence, errors);
        errors.throwIfAny();
        Instant now = clock.instant();
        if (recurrence == null) {
            CalendarEvent event = new CalendarEvent(details.collaborativeId(), null, viewer.personId(), now);
            apply(event, valid, now);
            event.schedule(valid.start(), valid.end(), valid.zone(), now);
            event = events.save(event);
            publisher.publishEvent(new EventChanged(event.getId()));
            return event.getId();
        }
        EventSeries rule = new EventSeries(details.collaborativeId(), viewer.personId(), now);
        rule.plan(recurrence, details.start(), valid.minutes(), valid.zone());
        rule = series.save(rule);
        List<CalendarEvent> created = new ArrayList<>();
        for (LocalDate date : recurrence.dates(details.start().toLocalDate())) {
            CalendarEvent event = new CalendarEvent(details.collaborativeId(), rule.getId(), viewer.personId(), now);
            apply(event, valid, now);
            Instant start = date.atTime(details.start().toLocalTime()).atZone(valid.zone()).toInstant();
            event.schedule(start, start.plus(valid.length()), valid.zone(), now);
            created.add(events.save(event));
        }
        created.forEach(event -> publisher.publishEvent(new EventChanged(event.getId())));
        return created.getFirst().getId();
    }

    /**
     * Changes one occurrence ({@link EventScope#ONE}, or an event that is not part of a series), this and the following
     * ones, or all of a series. Details apply to every occurrence in scope. When the schedule (start, length, zone or
     * rule) changed too, the occurrences in scope that have not started yet are moved to the new schedule: those on a
     * date the new rule keeps are moved there (their RSVPs stay), new dates get new occurrences, and occurrences the
     * rule drops are removed, or cancelled when someone had answered. Past occurrences keep their times. A series
     * changed from a later occurrence on splits in two. {@code recurrence} given for a single event makes it a series.
     *
     * @throws InvalidInput as {@link #create}
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void update(long eventId, EventScope scope, EventDetails details, Recurrence recurrence) {
        Viewer viewer = viewer();
        CalendarEvent event = visible(viewer, eventId);
        requireManager(viewer, event);
        requireOpen(event);
        if (details.collaborativeId() != event.getCollaborativeId()) {
            throw InvalidInput.of("collaborative", "An event stays in the collaborative it was planned for.");
        }
        if (event.isForCommunity() != (details.audience() == Audience.COMMUNITY)) {
            throw InvalidInput.of("audience", event.isForCommunity()
                    ? "This event is the community's; it stays the community's (cancel it and plan a new one)."
                    : "This event belongs to its collaborative; plan a new event for the community.");
        }
        boolean wholeSeries = event.getSeriesId() != null && scope != EventScope.ONE;
        Recurrence rule = wholeSeries || event.getSeriesId() == null ? recurrence : null;
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (!event.isForCommunity()) {
            requirePlanner(viewer, details, errors);
        }
        if (wholeSeries && rule == null) {
            errors.add("frequency", "Choose how the series repeats.");
        }
        Valid valid = validate(details, rule, errors).keeping(materialsHiddenFrom(event));
        errors.throwIfAny();
        Instant now = clock.instant();
        if (!wholeSeries && rule == null) {
            apply(event, valid, now);
            event.schedule(valid.start(), valid.end(), valid.zone(), now);
            fillSeats(event);
            publisher.publishEvent(new EventChanged(eventId));
            return;
        }
        boolean becomesSeries = event.getSeriesId() == null;
        if (becomesSeries) {
            EventSeries started = new EventSeries(event.getCollaborativeId(), viewer.personId(), now);
            started.plan(rule, details.start(), valid.minutes(), valid.zone());
            event.moveToSeries(series.save(started).getId());
        }
        changeSeries(event, becomesSeries ? EventScope.ALL : scope, details, rule, valid, becomesSeries, now);
    }

    /**
     * Cancels one occurrence (or a single event), this and the following ones, or all of a series; occurrences that
     * have already started stay as they were (cancelling one occurrence is possible until it ends).
     */
    @Transactional
    public void cancel(long eventId, EventScope scope) {
        Viewer viewer = viewer();
        CalendarEvent event = visible(viewer, eventId);
        requireManager(viewer, event);
        Instant now = clock.instant();
        List<CalendarEvent> affected;
        if (event.getSeriesId() == null || scope == EventScope.ONE) {
            if (!event.getEndAt().isAfter(now)) {
                throw InvalidInput.of("", "This event is over; it can no longer be cancelled.");
            }
            affected = List.of(event);
        } else {
            affected = inScope(event, scope).stream().filter(occurrence -> occurrence.getStartAt().isAfter(now))
                    .toList();
        }
        List<Long> cancelled = new ArrayList<>();
        affected.stream().filter(occurrence -> !occurrence.isCancelled()).forEach(occurrence -> {
            occurrence.cancel(now);
            publisher.publishEvent(new EventCancelled(occurrence.getId()));
            cancelled.add(occurrence.getId());
        });
        if (!cancelled.isEmpty()) {
            publisher.publishEvent(new EventsCancelled(cancelled));
        }
    }

    // ----- RSVP

    /**
     * Answers for the signed-in person. Going to full office hours puts them on the waitlist; leaving gives their seat
     * to the first on the waitlist ({@link SeatGiven}). The event's row is locked first and seats are counted under the
     * lock (read committed), so of many people taking the last seat at once exactly one gets it.
     *
     * @return their answer now: GOING, WAITLISTED or NOT_GOING
     * @throws InvalidInput when the event was cancelled or is over
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public RsvpStatus respond(long eventId, boolean going) {
        CalendarEvent event = events.findForUpdate(eventId).orElseThrow(() -> new NoSuchElementException(NOT_FOUND));
        Viewer viewer = viewer();
        if (!viewer.canSee(event)) {
            throw new NoSuchElementException(NOT_FOUND);
        }
        requireOpen(event);
        if (event.isCancelled()) {
            throw InvalidInput.of("", "This event was cancelled.");
        }
        Instant now = clock.instant();
        if (!event.getEndAt().isAfter(now)) {
            throw InvalidInput.of("", "This event is over.");
        }
        Rsvp rsvp = rsvps.findByEventIdAndPersonId(eventId, viewer.personId()).orElse(null);
        RsvpStatus before = rsvp == null ? null : rsvp.getResponse();
        if (going && (before == RsvpStatus.GOING || before == RsvpStatus.WAITLISTED)) {
            return before;
        }
        RsvpStatus answer = !going ? RsvpStatus.NOT_GOING
                : event.getSeatLimit() != null && rsvps.countByEventIdAndResponse(eventId, RsvpStatus.GOING)
                >= event.getSeatLimit() ? RsvpStatus.WAITLISTED : RsvpStatus.GOING;
        if (rsvp == null) {
            rsvps.save(new Rsvp(eventId, viewer.personId(), answer, now));
        } else {
            rsvp.answer(answer, now);
        }
        if (before == RsvpStatus.GOING) {
            rsvps.flush();
            fillSeats(event);
        }
        return answer;
    }

    /**
     * Someone who left the community gives up their places at its coming events (not the ones they host): going or
     * waitlisted becomes not going, and a freed seat goes to the first on the waitlist. In the leaving transaction.
     */
    @EventListener
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void on(CommunityLeft left) {
        Instant now = clock.instant();
        for (Rsvp place : rsvps.findCommunityPlaces(left.personId(), now)) {
            CalendarEvent event = events.findForUpdate(place.getEventId()).orElseThrow();
            boolean wasGoing = place.getResponse() == RsvpStatus.GOING;
            place.answer(RsvpStatus.NOT_GOING, now);
            if (wasGoing) {
                rsvps.flush();
                fillSeats(event);
            }
        }
    }

    // ----- rules

    Viewer viewer() {
        return new Viewer(currentPerson.requireId(), currentPerson.isAdministrator(), access.myRoles(),
                community.amMember());
    }

    private CalendarEvent visible(Viewer viewer, long eventId) {
        return events.findById(eventId).filter(viewer::canSee)
                .orElseThrow(() -> new NoSuchElementException(NOT_FOUND));
    }

    private List<CalendarEvent> visible(Viewer viewer, Instant from, Instant to, CalendarFilter filter, int limit) {
        return visible(viewer, from, to, filter, EnumSet.allOf(Audience.class), limit);
    }

    private List<CalendarEvent> visible(Viewer viewer, Instant from, Instant to, CalendarFilter filter,
                                        Set<Audience> audiences, int limit) {
        Long teamCalendar = filter.teamId();
        long teamCollaborative = -1;
        if (teamCalendar != null) {
            // one team's calendar only for a team the person may see events of
            teamCollaborative = viewer.roles().stream().filter(role -> teamCalendar.equals(role.teamId()))
                    .map(role -> role.collaborativeId()).findFirst()
                    .orElseGet(() -> teamCollaborativeForFaculty(viewer, teamCalendar));
        }
        return events.findVisible(from, from.minus(MAX_LENGTH), to, viewer.administrator(), viewer.communityMember(),
                forQuery(viewer.facultyOf()), forQuery(viewer.memberOf()), forQuery(viewer.teams()),
                filter.kinds().isEmpty() ? EnumSet.allOf(EventKind.class) : filter.kinds(), audiences,
                teamCalendar == null ? -1 : teamCalendar, teamCollaborative, Limit.of(limit));
    }

    /** Organisers and coaches may look at any team's calendar of their collaboratives. */
    private long teamCollaborativeForFaculty(Viewer viewer, long teamId) {
        for (long collaborativeId : viewer.administrator() ? Set.<Long>of() : viewer.facultyOf()) {
            if (teams.teamRefs(collaborativeId).stream().anyMatch(team -> team.id() == teamId)) {
                return collaborativeId;
            }
        }
        return -1;
    }

    private static Collection<Long> forQuery(Set<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    /**
     * A closed collaborative's events are its archive, which nobody changes (decision 0033); the community's events
     * are the community's, whatever collaborative they are hosted from (decision 0039).
     *
     * @throws org.allteach.shared.ReadOnlyArchive when the event is part of a closed collaborative's archive
     */
    private void requireOpen(CalendarEvent event) {
        if (!event.isForCommunity()) {
            access.requireOpen(event.getCollaborativeId());
        }
    }

    private void requireManager(Viewer viewer, CalendarEvent event) {
        if (!viewer.mayManage(event)) {
            throw new AccessDeniedException(event.isForCommunity()
                    ? "Only its host and the portal's administrators may change the community's event."
                    : "Only the collaborative's organisers, and the coaches or team leads it belongs to, may change "
                    + "this event.");
        }
    }

    /**
     * The community's events are hosted by its members (alumni and opted-in current members) from a collaborative
     * they are or were in; neither a role there nor its being open matters.
     */
    private static void requireCommunityHost(Viewer viewer, long collaborativeId) {
        if (!viewer.communityMember()) {
            throw new AccessDeniedException("Members of the community of practice host its events; join it first.");
        }
        if (!viewer.mayHostForCommunityFrom(collaborativeId)) {
            throw InvalidInput.of("collaborative", "Choose a collaborative you are or were in.");
        }
    }

    /**
     * Refuses people who may plan nothing here; for the others, says what they may not plan as field messages, so
     * the form shows where to change it.
     */
    private void requirePlanner(Viewer viewer, EventDetails details, InvalidInput.Collector errors) {
        long collaborativeId = details.collaborativeId();
        if (!viewer.plansIn(collaborativeId)) {
            throw new AccessDeniedException("Only organisers, coaches and team leads plan events in a collaborative.");
        }
        if (viewer.organises(collaborativeId) || details.kind() == null || details.audience() == null) {
            return;
        }
        boolean coach = !viewer.teams(collaborativeId, Role.COACH).isEmpty();
        if (details.kind() != EventKind.TEAM_MEETING && (details.kind() != EventKind.OFFICE_HOURS || !coach)) {
            errors.add("kind", coach ? "Coaches plan office hours and team meetings; ask an organiser for other events."
                    : "Team leads plan their team's meetings; ask an organiser or your coach for other events.");
        } else if (details.audience() == Audience.COLLABORATIVE) {
            errors.add("audience", "Only organisers plan events for the whole collaborative; choose your teams.");
        } else if (!viewer.mayPlan(collaborativeId, details.kind(), details.audience(), details.teamIds())) {
            errors.add("teams", details.kind() == EventKind.OFFICE_HOURS ? "Choose teams you coach."
                    : "Choose your own team.");
        }
    }

    /** What passed the checks, ready to store. */
    private record Valid(EventKind kind, String title, String description, String descriptionHtml, Instant start,
                         Instant end, ZoneId zone, String meetingLink, String place, Audience audience,
                         Set<Long> teamIds, Integer seatLimit, List<Long> materialIds) {

        Duration length() {
            return Duration.between(start, end);
        }

        int minutes() {
            return Events.minutes(start, end);
        }

        /** The chosen materials, followed by those that stay linked whatever the editor chose. */
        Valid keeping(List<Long> kept) {
            List<Long> materials = new ArrayList<>(materialIds == null ? List.of() : materialIds);
            kept.stream().filter(id -> !materials.contains(id)).forEach(materials::add);
            return new Valid(kind, title, description, descriptionHtml, start, end, zone, meetingLink, place, audience,
                    teamIds, seatLimit, materials);
        }
    }

    /**
     * Materials the editor cannot open (their form could not show them), which an edit must not unlink: a coach may
     * link a resource of their own that a team lead who fixes the title cannot read.
     */
    private List<Long> materialsHiddenFrom(CalendarEvent event) {
        Set<Long> readable = library.titles(event.getMaterialIds()).keySet();
        return event.getMaterialIds().stream().filter(id -> !readable.contains(id)).toList();
    }

    private Valid validate(EventDetails details, Recurrence recurrence, InvalidInput.Collector errors) {
        EventKind kind = details.kind();
        if (kind == null) {
            errors.add("kind", "Choose what kind of event this is.");
        }
        String title = errors.requiredLine("title", details.title(), MAX_TITLE, "Give the event a title.");
        String description = errors.optionalText("description", details.description(), MAX_DESCRIPTION);
        ZoneId zone = details.zone();
        if (zone == null) {
            errors.add("zone", "Choose the time zone the times are in.");
        }
        Instant start = null;
        Instant end = null;
        if (details.start() == null) {
            errors.add("start", "Give the date and time it starts.");
        }
        if (details.end() == null) {
            errors.add("end", "Give the date and time it ends.");
        }
        if (zone != null && details.start() != null && details.end() != null) {
            start = details.start().atZone(zone).toInstant();
            end = details.end().atZone(zone).toInstant();
            if (!end.isAfter(start)) {
                errors.add("end", "The end must be after the start.");
            } else if (Duration.between(start, end).compareTo(MAX_LENGTH) > 0) {
                errors.add("end", "An event lasts at most 24 hours; plan a series for several days.");
            }
        }
        String link = errors.optionalLine("meetingLink", details.meetingLink(), MAX_LINK);
        if (link != null && !link.matches("(?i)https://[^\\s/]+\\S*")) {
            errors.add("meetingLink", "Give the full https:// address of the meeting (for example https://zoom.us/j/…).");
        }
        String place = errors.optionalLine("place", details.place(), MAX_PLACE);
        if (link == null && place == null && !errors.has("meetingLink") && !errors.has("place")) {
            errors.add("meetingLink", "Give a meeting link or a place (or both), so people know where to join.");
        }
        Audience audience = details.audience();
        Set<Long> teamIds = audience == Audience.TEAMS ? details.teamIds() : Set.of();
        if (audience == null) {
            errors.add("audience", "Choose who the event is for.");
        } else if (audience == Audience.TEAMS && teamIds.isEmpty()) {
            errors.add("teams", "Choose at least one team.");
        } else if (!teamIds.isEmpty() && !teams.teamRefs(details.collaborativeId()).stream().map(TeamRef::id)
                .collect(Collectors.toSet()).containsAll(teamIds)) {
            errors.add("teams", "Choose teams of this collaborative.");
        }
        if (kind == EventKind.TEAM_MEETING && audience != Audience.COMMUNITY
                && (audience != Audience.TEAMS || teamIds.size() > 1)) {
            errors.add("teams", "A team meeting is for one team.");
        }
        if (audience == Audience.COMMUNITY && kind != null && !kind.forCommunity()) {
            errors.add("kind", "The community hosts office hours, fireside chats and webinars; learning sessions and "
                    + "team meetings belong to a collaborative.");
        }
        Integer seats = kind != null && kind.hasSeats() ? details.seatLimit() : null;
        if (kind != null && kind.hasSeats()) {
            if (seats == null) {
                errors.add("seatLimit", "Give the number of seats (at least 1).");
            } else if (seats < 1) {
                errors.add("seatLimit", "Office hours need at least 1 seat.");
            } else if (seats > MAX_SEATS) {
                errors.add("seatLimit", "Give at most " + MAX_SEATS + " seats.");
            }
        }
        List<Long> materials = details.materialIds().stream().distinct().toList();
        if (materials.size() > MAX_MATERIALS) {
            errors.add("materials", "Link at most " + MAX_MATERIALS + " resources.");
        } else if (!library.titles(materials).keySet().containsAll(materials)) {
            errors.add("materials", "Choose resources from the library that you can open.");
        } else if (audience == Audience.COMMUNITY && !library.openToTheCommunity(materials).containsAll(materials)) {
            errors.add("materials", "The community sees only resources shared with the community or the whole "
                    + "portal: choose among those.");
        }
        if (recurrence != null && details.start() != null) {
            recurrence.problems(details.start().toLocalDate(), errors);
        }
        return new Valid(kind, title, description, markdown.toSafeHtml(description), start, end, zone, link, place,
                audience, teamIds, seats, materials);
    }

    private static int minutes(Instant start, Instant end) {
        return Math.toIntExact(Duration.between(start, end).toMinutes());
    }

    private static void apply(CalendarEvent event, Valid valid, Instant now) {
        event.describe(valid.kind(), valid.title(), valid.description(), valid.descriptionHtml(), valid.meetingLink(),
                valid.place(), valid.audience(), valid.teamIds(), valid.seatLimit(), valid.materialIds(), now);
    }

    // ----- series

    /** A series' schedule as the form shows it for one scope: first start (wall clock), length, zone and rule. */
    private record Schedule(LocalDateTime start, Duration length, ZoneId zone, Recurrence recurrence) {
    }

    /**
     * "All": the series' own rule from its first occurrence. "This and following": from this occurrence, in the
     * series' zone, ending as the series does (a count becomes the number of occurrences left).
     */
    private Schedule scheduleOf(EventSeries rule, CalendarEvent event, EventScope scope) {
        if (scope == EventScope.ALL) {
            return new Schedule(rule.getFirstStart(), Duration.ofMinutes(rule.getDurationMinutes()),
                    rule.getTimeZone(), rule.getRecurrence());
        }
        Recurrence recurrence = rule.getRecurrence();
        if (recurrence.count() != null) {
            recurrence = new Recurrence(recurrence.frequency(), null, inScope(event, scope).size());
        }
        return new Schedule(LocalDateTime.ofInstant(event.getStartAt(), rule.getTimeZone()),
                Duration.between(event.getStartAt(), event.getEndAt()), rule.getTimeZone(), recurrence);
    }

    private List<CalendarEvent> inScope(CalendarEvent event, EventScope scope) {
        List<CalendarEvent> occurrences = events.findBySeriesIdOrderByStartAt(event.getSeriesId());
        return switch (scope) {
            case ONE -> List.of(event);
            case FOLLOWING -> occurrences.stream().filter(o -> !o.getStartAt().isBefore(event.getStartAt())).toList();
            case ALL -> occurrences;
        };
    }

    /** @param reschedule whether to move the occurrences to the rule even when it looks unchanged (a new series) */
    private void changeSeries(CalendarEvent event, EventScope scope, EventDetails details, Recurrence recurrence,
                              Valid valid, boolean reschedule, Instant now) {
        EventSeries current = series.findById(event.getSeriesId()).orElseThrow();
        List<CalendarEvent> affected = inScope(event, scope);
        affected.forEach(occurrence -> apply(occurrence, valid, now));
        Schedule wanted = new Schedule(details.start(), valid.length(), valid.zone(), recurrence);
        if (!reschedule && wanted.equals(scheduleOf(current, event, scope))) {
            affected.forEach(this::fillSeats);
            affected.forEach(occurrence -> publisher.publishEvent(new EventChanged(occurrence.getId())));
            return;
        }
        List<CalendarEvent> all = events.findBySeriesIdOrderByStartAt(current.getId());
        EventSeries target = current;
        if (affected.size() < all.size()) {
            CalendarEvent lastKept = all.get(all.size() - affected.size() - 1);
            current.endOn(LocalDate.ofInstant(lastKept.getStartAt(), current.getTimeZone()));
            target = new EventSeries(current.getCollaborativeId(), event.getHostId(), now);
        }
        target.plan(recurrence, details.start(), valid.minutes(), valid.zone());
        long targetId = series.save(target).getId();
        Map<LocalDate, CalendarEvent> upcoming = new LinkedHashMap<>();
        for (CalendarEvent occurrence : affected) {
            occurrence.moveToSeries(targetId);
            if (occurrence.getStartAt().isAfter(now)) {
                upcoming.putIfAbsent(LocalDate.ofInstant(occurrence.getStartAt(), occurrence.getTimeZone()),
                        occurrence);
            }
        }
        List<CalendarEvent> changed = new ArrayList<>();
        for (LocalDate date : recurrence.dates(details.start().toLocalDate())) {
            ZonedDateTime start = date.atTime(details.start().toLocalTime()).atZone(valid.zone());
            if (!start.toInstant().isAfter(now)) {
                continue;
            }
            CalendarEvent occurrence = upcoming.remove(date);
            if (occurrence == null) {
                occurrence = new CalendarEvent(current.getCollaborativeId(), targetId, event.getHostId(), now);
                apply(occurrence, valid, now);
            }
            occurrence.schedule(start.toInstant(), start.toInstant().plus(valid.length()), valid.zone(), now);
            changed.add(events.save(occurrence));
        }
        List<Long> cancelled = new ArrayList<>();
        for (CalendarEvent dropped : upcoming.values()) {
            if (events.hasParticipation(dropped.getId())) {
                if (!dropped.isCancelled()) {
                    dropped.cancel(now);
                    publisher.publishEvent(new EventCancelled(dropped.getId()));
                    cancelled.add(dropped.getId());
                }
            } else {
                events.delete(dropped);
            }
        }
        if (!cancelled.isEmpty()) {
            publisher.publishEvent(new EventsCancelled(cancelled));
        }
        changed.forEach(this::fillSeats);
        changed.forEach(occurrence -> publisher.publishEvent(new EventChanged(occurrence.getId())));
    }

    /**
     * Gives free seats to the waitlist in the order people asked (all of them when the limit was removed). Locks the
     * event row first, like {@link #respond}.
     */
    private void fillSeats(CalendarEvent event) {
        if (event.getId() == null || event.isCancelled()) {
            return;
        }
        events.findForUpdate(event.getId());
        List<Rsvp> waitlist = rsvps.findByEventIdAndResponseOrderByRespondedAtAscIdAsc(event.getId(),
                RsvpStatus.WAITLISTED);
        if (event.isForCommunity()) {
            // no seat for someone no longer in the community (they may have lost it other than by leaving)
            waitlist = waitlist.stream().filter(waiting -> community.isMember(waiting.getPersonId())).toList();
        }
        if (waitlist.isEmpty()) {
            return;
        }
        long free = event.getSeatLimit() == null ? waitlist.size()
                : event.getSeatLimit() - rsvps.countByEventIdAndResponse(event.getId(), RsvpStatus.GOING);
        for (Rsvp waiting : waitlist.subList(0, (int) Math.max(0, Math.min(free, waitlist.size())))) {
            waiting.giveSeat();
            publisher.publishEvent(new SeatGiven(event.getId(), waiting.getPersonId()));
        }
    }

    // ----- views of events

    private EventDetails details(CalendarEvent event, LocalDateTime start, LocalDateTime end, ZoneId zone) {
        return new EventDetails(event.getCollaborativeId(), event.getKind(), event.getTitle(), event.getDescription(),
                start, end, zone, event.getMeetingLink(), event.getPlace(), event.getAudience(), event.getTeamIds(),
                event.getSeatLimit(), event.getMaterialIds());
    }

    /** Summaries for a page of events in a fixed handful of queries. */
    private List<EventSummary> summaries(Viewer viewer, List<CalendarEvent> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(CalendarEvent::getId).toList();
        Map<Long, List<Long>> teamsByEvent = new HashMap<>();
        events.teamsOf(ids).forEach(row -> teamsByEvent.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                .add((Long) row[1]));
        Map<Long, String> teamNames = teamsByEvent.isEmpty() ? Map.of() : teams.names(teamsByEvent.values().stream()
                .flatMap(List::stream).collect(Collectors.toSet()));
        Map<Long, Integer> going = new HashMap<>();
        rsvps.countGoing(ids).forEach(row -> going.put((Long) row[0], ((Long) row[1]).intValue()));
        Map<Long, RsvpStatus> mine = rsvps.findByPersonIdAndEventIdIn(viewer.personId(), ids).stream()
                .collect(Collectors.toMap(Rsvp::getEventId, Rsvp::getResponse));
        return found.stream().map(event -> new EventSummary(event.getId(), event.getSeriesId(),
                event.getCollaborativeId(), event.getKind(), event.getTitle(), event.getStartAt(), event.getEndAt(),
                event.isCancelled(), audienceLabel(event, teamsByEvent.getOrDefault(event.getId(), List.of()),
                teamNames), event.getSeatLimit(), going.getOrDefault(event.getId(), 0), mine.get(event.getId()),
                event.getHostId() == viewer.personId(), event.isForCommunity())).toList();
    }

    private static String audienceLabel(CalendarEvent event, List<Long> teamIds, Map<Long, String> teamNames) {
        if (event.getAudience() != Audience.TEAMS) {
            return event.getAudience().label();
        }
        return teamIds.stream().map(teamNames::get).filter(Objects::nonNull).sorted()
                .collect(Collectors.joining(", "));
    }
}
