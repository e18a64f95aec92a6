package org.allteach.calendar.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AttendanceRepository extends JpaRepository<AttendanceRecord, Long> {

    Optional<AttendanceRecord> findByEventIdAndPersonId(long eventId, long personId);

    List<AttendanceRecord> findByEventIdOrderByRecordedAtAscIdAsc(long eventId);

    List<AttendanceRecord> findByEventIdAndPersonIdIn(long eventId, Collection<Long> personIds);

    List<AttendanceRecord> findByEventIdIn(Collection<Long> eventIds);
}
