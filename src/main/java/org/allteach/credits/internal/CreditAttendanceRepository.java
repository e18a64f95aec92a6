package org.allteach.credits.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CreditAttendanceRepository extends JpaRepository<CreditAttendance, Long> {

    Optional<CreditAttendance> findByActivityIdAndPersonIdAndEventId(long activityId, long personId, Long eventId);

    Optional<CreditAttendance> findByActivityIdAndPersonIdAndEventIdIsNull(long activityId, long personId);

    List<CreditAttendance> findByPersonIdAndEventId(long personId, long eventId);

    List<CreditAttendance> findByActivityIdAndPersonId(long activityId, long personId);

    List<CreditAttendance> findByPersonId(long personId);

    List<CreditAttendance> findByActivityId(long activityId);

    boolean existsByActivityId(long activityId);
}
