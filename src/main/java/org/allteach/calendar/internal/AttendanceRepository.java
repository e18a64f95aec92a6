package org.allteach.calendar.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AttendanceRepository extends JpaRepository<AttendanceRecord, Long> {

    Optional<AttendanceRecord> findByEventIdAndPersonId(long eventId, long personId);

    List<AttendanceRecord> findByEventIdOrderByRecordedAtAscIdAsc(long eventId);

    List<AttendanceRecord> findByEventIdAndPersonIdIn(long eventId, Collection<Long> personIds);

    List<AttendanceRecord> findByEventIdIn(Collection<Long> eventIds);

    /**
     * How many of a collaborative's sessions in a period (as {@code countSessionsByTeam}) each person attended, per
     * team the sessions were for (no team: for everyone); a session for two teams counts under both.
     */
    @Query("""
            select a.personId as personId, t as teamId, count(a) as attended from AttendanceRecord a
            join CalendarEvent e on e.id = a.eventId left join e.teamIds t
            where e.collaborativeId = :collaborativeId and e.cancelledAt is null
              and e.audience <> org.allteach.calendar.Audience.COMMUNITY
              and e.kind <> org.allteach.calendar.EventKind.OFFICE_HOURS and e.startAt >= :from and e.startAt < :to
            group by a.personId, t""")
    List<PersonAttended> countAttendedByPerson(long collaborativeId, Instant from, Instant to);

    interface PersonAttended {
        long getPersonId();

        Long getTeamId();

        long getAttended();
    }
}
