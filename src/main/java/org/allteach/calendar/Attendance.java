package org.allteach.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.allteach.calendar.AttendanceListRejected.RowProblem;
import org.allteach.calendar.AttendanceSheet.Attendee;
import org.allteach.calendar.AttendanceSheet.CheckInState;
import org.allteach.calendar.AttendanceSheet.Expected;
import org.allteach.calendar.internal.AttendanceRecord;
import org.allteach.calendar.internal.AttendanceRepository;
import org.allteach.calendar.internal.CalendarEvent;
import org.allteach.calendar.internal.CalendarEventRepository;
import org.allteach.calendar.internal.CheckIn;
import org.allteach.calendar.internal.CheckInRepository;
import org.allteach.calendar.internal.Rsvp;
import org.allteach.calendar.internal.RsvpRepository;
import org.allteach.collaborative.AudienceMember;
import org.allteach.collaborative.CollaborativeAccess;
import org.allteach.collaborative.Colleagues;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.UniqueConstraints;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who attended an event. Attendees check in with the short code the host shows during the session; the host (or an
 * organiser) marks people present or imports the video meeting's attendance list. Each recorded attendance publishes
 * {@link SessionAttended}, from which continuing-education credit is claimed.
 *
 * <p>The host side ({@link #sheet}, check-in, marking, import, export) is for those who may change the event (see
 * {@code Viewer.mayManage}) and its host. A check-in code works only for people who may see the event, and only while
 * its window is open; wrong codes are limited per person, so codes cannot be guessed.
 */
@Service
@Transactional(readOnly = true)
public class Attendance {

    /** Check-in opens at the earliest this long before the start, and marking attendance becomes possible. */
    static final Duration EARLY = Duration.ofHours(1);
    /** The code keeps working this long after the end, for people who check in at the close. */
    static final Duration GRACE = Duration.ofMinutes(15);
    static final int MAX_WRONG_CODES = 10;
    static final Duration WRONG_CODE_PERIOD = Duration.ofMinutes(15);
    static final int MAX_LIST_CHARACTERS = 2_000_000;
    /** No 0/O, 1/I/L: codes are read off a shared screen. */
    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 6;
    private static final String NOT_FOUND = "This event does not exist, or it is not shared with you.";
    private static final String NO_SUCH_CODE = "No open check-in has this code. Check the code shown in the session.";

    private final CalendarEventRepository events;
    private final CheckInRepository checkIns;
    private final AttendanceRepository attendance;
    private final RsvpRepository rsvps;
    private final Events calendar;
    private final Accounts accounts;
    private final Colleagues colleagues;
    private final CollaborativeAccess access;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<Long, Deque<Instant>> wrongCodes = new ConcurrentHashMap<>();

    Attendance(CalendarEventRepository events, CheckInRepository checkIns, AttendanceRepository attendance,
               RsvpRepository rsvps, Events calendar, Accounts accounts, Colleagues colleagues,
               CollaborativeAccess access, ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.checkIns = checkIns;
        this.attendance = attendance;
        this.rsvps = rsvps;
        this.calendar = calendar;
        this.accounts = accounts;
        this.colleagues = colleagues;
        this.access = access;
        this.publisher = publisher;
        this.clock = clock;
    }

    // ----- attendees

    /**
     * Records the signed-in person's attendance at the event whose check-in has this code.
     *
     * @return the event they checked in to
     * @throws InvalidInput (field "code") for a wrong, closed or mistyped code, or after too many wrong codes
     */
    @Transactional
    public CheckedIn checkIn(String typedCode) {
        Viewer viewer = calendar.viewer();
        Instant now = clock.instant();
        refuseWhileLockedOut(viewer.personId(), now);
        String code = typedCode == null ? "" : typedCode.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != CODE_LENGTH) {
            throw InvalidInput.of("code", "Type the " + CODE_LENGTH + " letters and digits shown in the session.");
        }
        Optional<CheckIn> checkIn = checkIns.findByCode(code);
        CalendarEvent event = checkIn.flatMap(found -> events.findById(found.getEventId()))
                .filter(viewer::canSee).orElse(null);
        if (event == null || !checkIn.get().isOpen(now) || event.isCancelled()) {
            wrongCode(viewer.personId(), now);
            throw InvalidInput.of("code", event != null && checkIn.get().getClosesAt().isBefore(now)
                    ? "Check-in for \"" + event.getTitle() + "\" has closed. Ask the host to mark you present."
                    : NO_SUCH_CODE);
        }
        Optional<AttendanceRecord> earlier = attendance.findByEventIdAndPersonId(event.getId(), viewer.personId());
        if (earlier.isEmpty()) {
            record(event, viewer.personId(), minutesOf(event), AttendanceSource.CODE, viewer.personId(), now);
        }
        return new CheckedIn(event.getId(), event.getTitle(), event.getStartAt(), earlier.isPresent());
    }

    /** The event that was checked in to; {@code alreadyRecorded} when the person's attendance was already there. */
    public record CheckedIn(long eventId, String title, Instant start, boolean alreadyRecorded) {
    }

    /** What the event page shows the signed-in person about check-in. */
    public record MyAttendance(boolean checkInOpen, boolean attended, int minutes) {
    }

    /** @throws NoSuchElementException when the person may not see the event */
    public MyAttendance mine(long eventId) {
        Viewer viewer = calendar.viewer();
        CalendarEvent event = visible(viewer, eventId);
        Optional<AttendanceRecord> mine = attendance.findByEventIdAndPersonId(eventId, viewer.personId());
        boolean open = !event.isCancelled()
                && checkIns.findById(eventId).map(checkIn -> checkIn.isOpen(clock.instant())).orElse(false);
        return new MyAttendance(open, mine.isPresent(), mine.map(AttendanceRecord::getMinutes).orElse(0));
    }

    // ----- hosts

    /** Whether the signed-in person may run this event's attendance (false for events they cannot see). */
    public boolean mayManage(long eventId) {
        Viewer viewer = calendar.viewer();
        return events.findById(eventId).filter(viewer::canSee).map(event -> manages(viewer, event)).orElse(false);
    }

    /** @throws NoSuchElementException when the person may not see the event; AccessDeniedException when not its host */
    public AttendanceSheet sheet(long eventId) {
        Viewer viewer = calendar.viewer();
        CalendarEvent event = managed(viewer, eventId);
        Instant now = clock.instant();
        List<AttendanceRecord> records = attendance.findByEventIdOrderByRecordedAtAscIdAsc(eventId);
        List<Rsvp> going = rsvps.findByEventIdAndResponseOrderByRespondedAtAscIdAsc(eventId, RsvpStatus.GOING);
        Set<Long> people = new HashSet<>();
        records.forEach(found -> people.add(found.getPersonId()));
        going.forEach(rsvp -> people.add(rsvp.getPersonId()));
        Map<Long, PersonProfile> profiles = accounts.profiles(people);
        List<Attendee> attendees = records.stream().map(found -> {
            PersonProfile profile = profiles.get(found.getPersonId());
            return new Attendee(found.getPersonId(), PersonProfile.displayNameIn(profiles, found.getPersonId()),
                    profile == null ? "" : profile.email(), found.getMinutes(), found.getSource(),
                    found.getRecordedAt());
        }).toList();
        Set<Long> recorded = records.stream().map(AttendanceRecord::getPersonId).collect(Collectors.toSet());
        List<Expected> expected = going.stream().filter(rsvp -> !recorded.contains(rsvp.getPersonId()))
                .map(rsvp -> new Expected(rsvp.getPersonId(),
                        PersonProfile.displayNameIn(profiles, rsvp.getPersonId())))
                .toList();
        CheckInState checkIn = checkIns.findById(eventId).map(found -> new CheckInState(found.getCode(),
                found.getOpensAt(), found.getClosesAt(), found.isOpen(now))).orElse(null);
        return new AttendanceSheet(eventId, event.getTitle(), event.getStartAt(), event.getEndAt(),
                event.isCancelled(), minutesOf(event), checkIn, mayOpenCheckIn(event, now), mayRecord(event, now),
                attendees, expected);
    }

    /**
     * Opens check-in with a new code, accepted from now until 15 minutes after the end. Opening it again gives a new
     * code (the old one stops working).
     *
     * @throws InvalidInput when the event is cancelled, more than an hour away, or over
     */
    @Transactional
    public CheckInState openCheckIn(long eventId) {
        Viewer viewer = calendar.viewer();
        CalendarEvent event = managed(viewer, eventId);
        Instant now = clock.instant();
        if (!mayOpenCheckIn(event, now)) {
            throw InvalidInput.of("checkIn", event.isCancelled() ? "This event was cancelled."
                    : now.isBefore(event.getStartAt()) ? "Check-in opens an hour before the start."
                    : "This event is over; mark people present or import the attendance list instead.");
        }
        String code = newCode();
        Instant closes = event.getEndAt().plus(GRACE);
        CheckIn checkIn = checkIns.findById(eventId).orElse(null);
        if (checkIn == null) {
            checkIn = checkIns.save(new CheckIn(eventId, code, now, closes, viewer.personId()));
        } else {
            checkIn.reopen(code, now, closes, viewer.personId());
        }
        return new CheckInState(checkIn.getCode(), checkIn.getOpensAt(), checkIn.getClosesAt(), true);
    }

    /** Stops accepting the code now. */
    @Transactional
    public void closeCheckIn(long eventId) {
        Viewer viewer = calendar.viewer();
        managed(viewer, eventId);
        checkIns.findById(eventId).ifPresent(checkIn -> checkIn.close(clock.instant()));
    }

    /**
     * Marks someone present: for the whole event, or for {@code minutes}.
     *
     * @throws InvalidInput (fields "person", "minutes") for someone outside the collaborative, or minutes out of range
     */
    @Transactional
    public void markPresent(long eventId, long personId, Integer minutes) {
        Viewer viewer = calendar.viewer();
        CalendarEvent event = managed(viewer, eventId);
        Instant now = clock.instant();
        requireRecordable(event, now);
        int length = minutesOf(event);
        if (minutes != null && (minutes < 1 || minutes > length)) {
            throw InvalidInput.of("minutes", "Give between 1 and " + length + " minutes (the event's length).");
        }
        if (!colleagues.membersAmong(event.getCollaborativeId(), List.of(personId)).contains(personId)) {
            throw InvalidInput.of("person", "Choose a member of this collaborative.");
        }
        record(event, personId, minutes == null ? length : minutes, AttendanceSource.MARKED, viewer.personId(), now);
    }

    /**
     * Every attendance recorded so far at an event, or at every occurrence of its series, as the {@link SessionAttended}
     * events that recorded them: for a feature that starts counting attendance later (a CE activity planned after its
     * session). For the organisers of the event's collaborative.
     *
     * @throws NoSuchElementException when the event does not exist
     */
    @Transactional(readOnly = true)
    public List<SessionAttended> recorded(long eventId, boolean wholeSeries) {
        CalendarEvent linked = events.findById(eventId).orElseThrow();
        access.requireOrganiser(linked.getCollaborativeId());
        Map<Long, CalendarEvent> byId = new HashMap<>();
        if (wholeSeries && linked.getSeriesId() != null) {
            events.findBySeriesIdOrderByStartAt(linked.getSeriesId()).forEach(e -> byId.put(e.getId(), e));
        } else {
            byId.put(linked.getId(), linked);
        }
        return attendance.findByEventIdIn(byId.keySet()).stream().map(row -> {
            CalendarEvent event = byId.get(row.getEventId());
            return new SessionAttended(event.getId(), row.getPersonId(), event.getCollaborativeId(), event.getKind(),
                    event.getTitle(), event.getStartAt(), event.getEndAt(), row.getMinutes(), row.getSource(),
                    event.getTimeZone());
        }).toList();
    }

    /** Removes an attendance recorded by mistake. */
    @Transactional
    public void remove(long eventId, long personId) {
        Viewer viewer = calendar.viewer();
        managed(viewer, eventId);
        attendance.findByEventIdAndPersonId(eventId, personId).ifPresent(found -> {
            attendance.delete(found);
            publisher.publishEvent(new AttendanceRemoved(eventId, personId));
        });
    }

    /** Members of the collaborative whose name starts with the prefix, to mark present. */
    public List<AudienceMember> candidates(long eventId, String namePrefix) {
        Viewer viewer = calendar.viewer();
        CalendarEvent event = managed(viewer, eventId);
        return access.audience(event.getCollaborativeId(), null, namePrefix == null ? "" : namePrefix.strip(), 20);
    }

    /** How an import went: attendances added, and earlier ones replaced by the list's figures. */
    public record ImportSummary(int added, int replaced) {
    }

    /**
     * Imports an attendance list (see {@link AttendanceList} for the format): all of it, or, when any row has a
     * problem, nothing. Minutes above the event's length count as the whole event; a row without minutes too.
     *
     * @throws AttendanceListRejected listing every problem with its line
     */
    @Transactional
    public ImportSummary importList(long eventId, String csv) {
        Viewer viewer = calendar.viewer();
        CalendarEvent event = managed(viewer, eventId);
        Instant now = clock.instant();
        requireRecordable(event, now);
        if (csv.length() > MAX_LIST_CHARACTERS) {
            throw new AttendanceListRejected(List.of(new RowProblem(0, "The file is too large for an attendance list.")));
        }
        List<AttendanceList.Entry> entries = AttendanceList.read(csv);
        Map<String, PersonProfile> found = accounts.findByEmails(
                entries.stream().map(AttendanceList.Entry::email).toList());
        Set<Long> members = colleagues.membersAmong(event.getCollaborativeId(),
                found.values().stream().map(PersonProfile::id).toList());
        List<RowProblem> problems = new ArrayList<>();
        for (AttendanceList.Entry entry : entries) {
            PersonProfile person = found.get(entry.email());
            if (person == null) {
                problems.add(new RowProblem(entry.line(), "Nobody with the address " + entry.email()
                        + " has an account in AllTeach."));
            } else if (!members.contains(person.id())) {
                problems.add(new RowProblem(entry.line(), entry.email() + " is not a member of this collaborative."));
            }
        }
        if (!problems.isEmpty()) {
            throw new AttendanceListRejected(problems);
        }
        int length = minutesOf(event);
        Map<Long, AttendanceRecord> earlier = attendance.findByEventIdAndPersonIdIn(eventId,
                found.values().stream().map(PersonProfile::id).toList()).stream()
                .collect(Collectors.toMap(AttendanceRecord::getPersonId, record -> record));
        int added = 0;
        for (AttendanceList.Entry entry : entries) {
            long personId = found.get(entry.email()).id();
            int minutes = entry.minutes() == null ? length : Math.min(entry.minutes(), length);
            if (!earlier.containsKey(personId)) {
                added++;
            }
            record(event, personId, minutes, AttendanceSource.IMPORTED, viewer.personId(), now);
        }
        return new ImportSummary(added, entries.size() - added);
    }

    /** The attendance list as CSV (name, email, minutes, how, when), for the host's records. */
    public String exportList(long eventId) {
        AttendanceSheet sheet = sheet(eventId);
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT)) {
            printer.printRecord("name", "email", "minutes", "recorded as", "recorded at (UTC)");
            for (Attendee attendee : sheet.attendees()) {
                printer.printRecord(spreadsheetSafe(attendee.name()), spreadsheetSafe(attendee.email()),
                        attendee.minutes(), attendee.source().label(), attendee.recordedAt());
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return csv.toString();
    }

    /** The template of an attendance list, to download and fill in. */
    public String listTemplate() {
        return AttendanceList.template();
    }

    // ----- rules

    private void record(CalendarEvent event, long personId, int minutes, AttendanceSource source, long recordedBy,
                        Instant now) {
        AttendanceRecord found = attendance.findByEventIdAndPersonId(event.getId(), personId).orElse(null);
        if (found == null) {
            // a check-in and the host's mark or import for the same person at the same moment: the key decides
            UniqueConstraints.saving(() -> attendance.saveAndFlush(new AttendanceRecord(event.getId(), personId,
                    minutes, source, recordedBy, now)), "uk_calendar_attendance", "",
                    "This attendance was just recorded by someone else; reload to see it.");
        } else if (found.getMinutes() == minutes && found.getSource() == source) {
            return;
        } else {
            found.record(minutes, source, recordedBy, now);
        }
        publisher.publishEvent(new SessionAttended(event.getId(), personId, event.getCollaborativeId(),
                event.getKind(), event.getTitle(), event.getStartAt(), event.getEndAt(), minutes, source,
                event.getTimeZone()));
    }

    private CalendarEvent visible(Viewer viewer, long eventId) {
        return events.findById(eventId).filter(viewer::canSee).orElseThrow(() -> new NoSuchElementException(NOT_FOUND));
    }

    private CalendarEvent managed(Viewer viewer, long eventId) {
        CalendarEvent event = visible(viewer, eventId);
        if (event.isForCommunity()) {
            throw new AccessDeniedException("The community's events keep no attendance: they earn no credit and are "
                    + "no team's session.");
        }
        if (!manages(viewer, event)) {
            throw new AccessDeniedException("Only the event's host, and those who may change it, record attendance.");
        }
        return event;
    }

    private static boolean manages(Viewer viewer, CalendarEvent event) {
        // the community's events keep no attendance (decision 0039)
        return !event.isForCommunity()
                && (event.getHostId() == viewer.personId() || viewer.mayManage(event));
    }

    private static boolean mayOpenCheckIn(CalendarEvent event, Instant now) {
        return !event.isCancelled() && !now.isBefore(event.getStartAt().minus(EARLY)) && now.isBefore(event.getEndAt());
    }

    private static boolean mayRecord(CalendarEvent event, Instant now) {
        return !event.isCancelled() && !now.isBefore(event.getStartAt().minus(EARLY));
    }

    private static void requireRecordable(CalendarEvent event, Instant now) {
        if (!mayRecord(event, now)) {
            throw InvalidInput.of("", event.isCancelled() ? "This event was cancelled."
                    : "Attendance can be recorded from an hour before the start.");
        }
    }

    private static int minutesOf(CalendarEvent event) {
        return Math.toIntExact(Duration.between(event.getStartAt(), event.getEndAt()).toMinutes());
    }

    private String newCode() {
        while (true) {
            StringBuilder code = new StringBuilder(CODE_LENGTH);
            for (int i = 0; i < CODE_LENGTH; i++) {
                code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
            }
            if (!checkIns.existsByCode(code.toString())) {
                return code.toString();
            }
        }
    }

    private void refuseWhileLockedOut(long personId, Instant now) {
        Deque<Instant> tries = wrongCodes.get(personId);
        if (tries == null) {
            return;
        }
        synchronized (tries) {
            while (!tries.isEmpty() && tries.peekFirst().isBefore(now.minus(WRONG_CODE_PERIOD))) {
                tries.pollFirst();
            }
            if (tries.size() >= MAX_WRONG_CODES) {
                throw InvalidInput.of("code", "Too many wrong codes. Wait a quarter of an hour, or ask the host to "
                        + "mark you present.");
            }
        }
    }

    private void wrongCode(long personId, Instant now) {
        Deque<Instant> tries = wrongCodes.computeIfAbsent(personId, id -> new ArrayDeque<>());
        synchronized (tries) {
            tries.addLast(now);
        }
    }

    /** A leading =, +, -, @, tab or carriage return would run as a formula when the file is opened in a spreadsheet. */
    private static String spreadsheetSafe(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /**
     * A collaborative's sessions in [{@code from}, {@code to}) (every event but office hours, cancelled ones and the
     * community's events hosted from it) and
     * how many of them each person attended, in two GROUP BY queries; for its organisers and coaches.
     */
    public SessionTally sessionTally(long collaborativeId, Instant from, Instant to) {
        access.requireOrganiserOrCoach(collaborativeId);
        int forEveryone = 0;
        Map<Long, Integer> forTeams = new HashMap<>();
        for (CalendarEventRepository.TeamSessions row : events.countSessionsByTeam(collaborativeId, from, to)) {
            if (row.getTeamId() == null) {
                forEveryone += (int) row.getSessions();
            } else {
                forTeams.put(row.getTeamId(), (int) row.getSessions());
            }
        }
        Map<SessionTally.Attendee, Integer> attended = new HashMap<>();
        for (AttendanceRepository.PersonAttended row : attendance.countAttendedByPerson(collaborativeId, from, to)) {
            attended.put(new SessionTally.Attendee(row.getPersonId(), row.getTeamId()), (int) row.getAttended());
        }
        return new SessionTally(forEveryone, Map.copyOf(forTeams), Map.copyOf(attended));
    }
}
