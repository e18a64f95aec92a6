package org.allteach.coaching.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
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

    /**
     * Whether the person already has another confirmed call overlapping {@code [start, end)}, on either side: someone
     * who coaches in one collaborative may be a participant in another.
     */
    @Query("""
            select count(b) > 0 from Booking b where (b.participantId = :personId or b.coachId = :personId)
            and b.status = org.allteach.coaching.CallStatus.CONFIRMED
            and b.startsAt < :end and b.endsAt > :start and b.id <> :except""")
    boolean personBusy(long personId, Instant start, Instant end, long except);

    /** The confirmed calls a coach has booked with other coaches, as a participant, overlapping {@code [from, to)}. */
    @Query("""
            select b from Booking b where b.participantId = :personId
            and b.status = org.allteach.coaching.CallStatus.CONFIRMED
            and b.startsAt < :to and b.endsAt > :from order by b.startsAt""")
    List<Booking> findConfirmedAsParticipant(long personId, Instant from, Instant to);

    /**
     * Locks the person's lock row until the transaction ends, making it first if need be. Called after the coach's
     * availability row is locked (always in that order, so two bookings cannot wait for each other). An upsert, not
     * INSERT IGNORE plus SELECT … FOR UPDATE: InnoDB gives a duplicate key only a shared lock, and two transactions
     * both upgrading it would deadlock.
     */
    @Modifying
    @Query(value = """
            INSERT INTO coaching_participant_lock (person_id) VALUES (:personId)
            ON DUPLICATE KEY UPDATE person_id = person_id""", nativeQuery = true)
    void lockParticipant(long personId);

    /** Confirmed calls starting in {@code (from, to]}, for their reminders; read from the start-time index. */
    @Query("""
            select b from Booking b where b.status = org.allteach.coaching.CallStatus.CONFIRMED
            and b.startsAt > :from and b.startsAt <= :to order by b.startsAt, b.id""")
    List<Booking> findConfirmedStartingBetween(Instant from, Instant to);

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

    /** Per team of a collaborative: confirmed calls that have ended by {@code now}, the last of them, the next one. */
    @Query("""
            select b.teamId as teamId, sum(case when b.endsAt <= :now then 1 else 0 end) as held,
                   max(case when b.endsAt <= :now then b.startsAt else null end) as lastHeldAt,
                   min(case when b.startsAt > :now then b.startsAt else null end) as nextAt
            from Booking b
            where b.collaborativeId = :collaborativeId and b.teamId is not null
              and b.status = org.allteach.coaching.CallStatus.CONFIRMED
            group by b.teamId""")
    List<TeamCalls> countByTeam(long collaborativeId, Instant now);

    interface TeamCalls {
        long getTeamId();

        long getHeld();

        Instant getLastHeldAt();

        Instant getNextAt();
    }
}
