package org.allteach.credits.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.NativeQuery;

public interface CreditAttendanceRepository extends JpaRepository<CreditAttendance, Long> {

    Optional<CreditAttendance> findByActivityIdAndPersonIdAndEventId(long activityId, long personId, Long eventId);

    Optional<CreditAttendance> findByActivityIdAndPersonIdAndEventIdIsNull(long activityId, long personId);

    List<CreditAttendance> findByPersonIdAndEventId(long personId, long eventId);

    List<CreditAttendance> findByActivityIdAndPersonId(long activityId, long personId);

    List<CreditAttendance> findByPersonId(long personId);

    List<CreditAttendance> findByActivityId(long activityId);

    boolean existsByActivityId(long activityId);

    /**
     * (activity id, person id) of the people whose claim window closes in {@code (from, to]} and who have not claimed
     * since their latest attendance (a series is claimed again for later sessions); QI projects are claimed through
     * their attestation and left out. The window is the latest attendance plus the activity's days, or a later
     * extension (ClaimRules.windowEnd). Only attendance recorded after {@code recordedAfter} is read, from its index:
     * a window is at most 365 days, so older attendance closed its window before {@code from}.
     */
    @NativeQuery("""
            SELECT w.activity_id, w.person_id FROM (
                SELECT r.activity_id, r.person_id, MAX(r.recorded_at) AS last_recorded,
                       GREATEST(MAX(r.recorded_at) + INTERVAL MAX(a.claim_window_days) DAY,
                                COALESCE((SELECT MAX(x.new_end) FROM credit_window_extension x
                                          WHERE x.activity_id = r.activity_id AND x.person_id = r.person_id),
                                         MAX(r.recorded_at))) AS window_end
                FROM credit_attendance r JOIN credit_activity a ON a.id = r.activity_id
                WHERE r.recorded_at > :recordedAfter AND a.link_kind <> 'QI_PROJECT'
                GROUP BY r.activity_id, r.person_id) w
            WHERE w.window_end > :from AND w.window_end <= :to
              AND NOT EXISTS (SELECT 1 FROM credit_claim c WHERE c.activity_id = w.activity_id
                              AND c.person_id = w.person_id AND c.claimed_at >= w.last_recorded)
            ORDER BY w.activity_id, w.person_id""")
    List<Object[]> findWindowsClosing(Instant recordedAfter, Instant from, Instant to);
}
