package org.allteach.coaching.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BookingRepository extends JpaRepository<Booking, Long> {

    /** The coach of a booking, read without loading the booking (which is read after the coach's lock). */
    @Query("select b.coachId from Booking b where b.id = :bookingId")
    Optional<Long> findCoachIdOf(long bookingId);

    /** A coach's confirmed calls that overlap {@code [from, to)}. */
    @Query("""
            select b from Booking b where b.coachId = :coachId
            and b.status = org.allteach.coaching.CallStatus.CONFIRMED
            and b.startsAt < :to and b.endsAt > :from order by b.startsAt""")
    List<Booking> findConfirmedForCoach(long coachId, Instant from, Instant to);

    /** Whether the participant already has another confirmed call overlapping {@code [start, end)}. */
    @Query("""
            select count(b) > 0 from Booking b where b.participantId = :participantId
            and b.status = org.allteach.coaching.CallStatus.CONFIRMED
            and b.startsAt < :end and b.endsAt > :start and b.id <> :except""")
    boolean participantBusy(long participantId, Instant start, Instant end, long except);

    /** A person's calls (as coach or participant) that have not ended, soonest first, cancelled ones included. */
    @Query("""
            select b from Booking b where (b.coachId = :personId or b.participantId = :personId)
            and b.endsAt > :now order by b.startsAt, b.id""")
    List<Booking> findUpcomingFor(long personId, Instant now, Pageable page);

    /** A person's calls that have ended, latest first. */
    @Query("""
            select b from Booking b where (b.coachId = :personId or b.participantId = :personId)
            and b.endsAt <= :now order by b.startsAt desc, b.id desc""")
    List<Booking> findPastFor(long personId, Instant now, Pageable page);

    /** A collaborative's calls that have not ended, for its organisers. */
    @Query("""
            select b from Booking b where b.collaborativeId = :collaborativeId
            and b.endsAt > :now order by b.startsAt, b.id""")
    List<Booking> findUpcomingInCollaborative(long collaborativeId, Instant now, Pageable page);

    /** A person's calls (either side) overlapping {@code [from, to)}, for their calendar feed. */
    @Query("""
            select b from Booking b where (b.coachId = :personId or b.participantId = :personId)
            and b.startsAt < :to and b.endsAt > :from order by b.startsAt""")
    List<Booking> findForPersonBetween(long personId, Instant from, Instant to);
}
