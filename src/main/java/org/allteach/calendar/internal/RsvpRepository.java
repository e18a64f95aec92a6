package org.allteach.calendar.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.allteach.calendar.RsvpStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface RsvpRepository extends JpaRepository<Rsvp, Long> {

    Optional<Rsvp> findByEventIdAndPersonId(long eventId, long personId);

    List<Rsvp> findByPersonIdAndEventIdIn(long personId, Collection<Long> eventIds);

    long countByEventIdAndResponse(long eventId, RsvpStatus response);

    List<Rsvp> findByEventIdInAndResponse(Collection<Long> eventIds, RsvpStatus response);

    /** The waitlist (or the list of those going) in the order people asked. */
    List<Rsvp> findByEventIdAndResponseOrderByRespondedAtAscIdAsc(long eventId, RsvpStatus response);

    /** (event id, count) of those going, for a page of events in one query. */
    @Query("""
            select r.eventId, count(r) from Rsvp r
            where r.eventId in :eventIds and r.response = org.allteach.calendar.RsvpStatus.GOING
            group by r.eventId""")
    List<Object[]> countGoing(Collection<Long> eventIds);

    /** A person's places (going or waitlisted) at the community's events still to end, but those they host. */
    @Query("""
            select r from Rsvp r join CalendarEvent e on e.id = r.eventId
            where r.personId = :personId and e.audience = org.allteach.calendar.Audience.COMMUNITY
              and e.hostId <> :personId and e.cancelledAt is null and e.endAt > :now
              and r.response in (org.allteach.calendar.RsvpStatus.GOING,
                                 org.allteach.calendar.RsvpStatus.WAITLISTED)""")
    List<Rsvp> findCommunityPlaces(long personId, java.time.Instant now);

    @Modifying
    @Query("delete from Rsvp r where r.eventId = :eventId")
    void deleteByEventId(long eventId);
}
