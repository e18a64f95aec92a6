package org.allteach.calendar.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.allteach.calendar.Audience;
import org.allteach.calendar.EventKind;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CalendarEventRepository extends JpaRepository<CalendarEvent, Long> {

    /**
     * Events overlapping [from, to) that a viewer may see, earliest first: every event of the collaboratives where they
     * organise or coach ({@code faculty}), whole-collaborative events of those they belong to, and events for their
     * teams; the community's events for its members ({@code community}), whatever collaborative they are hosted from
     * (its faculty do not see them by being its faculty); {@code everything} for administrators. Only events of the
     * {@code kinds} for the {@code audiences}. {@code teamCalendar} (-1 for none) narrows to one team's calendar: its
     * events and the whole-collaborative ones of its collaborative ({@code teamCollaborative}). {@code startsFrom} is
     * {@code from} less the longest an event may last: it bounds the start index's range, which would otherwise be read
     * from the first event ever.
     */
    @Query("""
            select e from CalendarEvent e
            where e.startAt < :to and e.startAt >= :startsFrom and e.endAt > :from
              and (:everything = true
                   or (e.audience = org.allteach.calendar.Audience.COMMUNITY and :community = true)
                   or (e.audience <> org.allteach.calendar.Audience.COMMUNITY and e.collaborativeId in :faculty)
                   or (e.audience = org.allteach.calendar.Audience.COLLABORATIVE and e.collaborativeId in :member)
                   or exists (select 1 from CalendarEvent x join x.teamIds t where x.id = e.id and t in :teams))
              and e.kind in :kinds
              and e.audience in :audiences
              and (:teamCalendar = -1
                   or (e.audience = org.allteach.calendar.Audience.COLLABORATIVE
                       and e.collaborativeId = :teamCollaborative)
                   or exists (select 1 from CalendarEvent y join y.teamIds u where y.id = e.id and u = :teamCalendar))
            order by e.startAt, e.id""")
    List<CalendarEvent> findVisible(Instant from, Instant startsFrom, Instant to, boolean everything, boolean community,
                                    Collection<Long> faculty, Collection<Long> member, Collection<Long> teams,
                                    Collection<EventKind> kinds, Collection<Audience> audiences,
                                    long teamCalendar, long teamCollaborative, Limit limit);

    /** Locks the event row: seats are counted and given while it is held, so two people never get the last seat. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from CalendarEvent e where e.id = :id")
    Optional<CalendarEvent> findForUpdate(long id);

    List<CalendarEvent> findBySeriesIdOrderByStartAt(long seriesId);

    /** Events that take place and start in {@code (from, to]}, for their reminders; read from the start-time index. */
    @Query("""
            select e from CalendarEvent e
            where e.cancelledAt is null and e.startAt > :from and e.startAt <= :to
            order by e.startAt, e.id""")
    List<CalendarEvent> findStartingBetween(Instant from, Instant to);

    /** The teams of these events as (event id, team id) pairs, for a page of events in one query. */
    @Query("select e.id, t from CalendarEvent e join e.teamIds t where e.id in :ids")
    List<Object[]> teamsOf(Collection<Long> ids);

    /**
     * The times the person is taken: events they host or said they go to, not cancelled, overlapping [from, to).
     */
    @Query("""
            select e from CalendarEvent e
            where e.cancelledAt is null and e.startAt < :to and e.endAt > :from
              and (e.hostId = :personId
                   or exists (select 1 from Rsvp r where r.eventId = e.id and r.personId = :personId
                              and r.response = org.allteach.calendar.RsvpStatus.GOING))
            order by e.startAt""")
    List<CalendarEvent> findBusy(long personId, Instant from, Instant to);

    /** Whether someone answered, checked in or was recorded as attending: such an occurrence is cancelled, not deleted. */
    @Query("""
            select count(e) > 0 from CalendarEvent e where e.id = :id
              and (exists (select r from Rsvp r where r.eventId = e.id)
                   or exists (select a from AttendanceRecord a where a.eventId = e.id)
                   or exists (select c from CheckIn c where c.eventId = e.id))""")
    boolean hasParticipation(long id);

    /**
     * A collaborative's sessions in a period (every event but office hours, which are drop-in, cancelled ones and the
     * community's events hosted from it), counted per team they are for; events for the whole collaborative come with
     * no team.
     */
    @Query("""
            select t as teamId, count(e) as sessions from CalendarEvent e left join e.teamIds t
            where e.collaborativeId = :collaborativeId and e.cancelledAt is null
              and e.audience <> org.allteach.calendar.Audience.COMMUNITY
              and e.kind <> org.allteach.calendar.EventKind.OFFICE_HOURS and e.startAt >= :from and e.startAt < :to
            group by t""")
    List<TeamSessions> countSessionsByTeam(long collaborativeId, Instant from, Instant to);

    interface TeamSessions {
        Long getTeamId();

        long getSessions();
    }
}
