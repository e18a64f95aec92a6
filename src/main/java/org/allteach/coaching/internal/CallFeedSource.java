package org.allteach.coaching.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.allteach.calendar.CalendarFeedSource;
import org.allteach.coaching.Party;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.shared.ics.IcsEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A person's confirmed coaching calls in their private calendar feed: only calls they are one side of. */
@Component
class CallFeedSource implements CalendarFeedSource {

    private final BookingRepository bookings;
    private final CoachAvailabilityRepository availabilities;
    private final CallEntries entries;
    private final Accounts accounts;

    CallFeedSource(BookingRepository bookings, CoachAvailabilityRepository availabilities, CallEntries entries,
                   Accounts accounts) {
        this.bookings = bookings;
        this.availabilities = availabilities;
        this.entries = entries;
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public List<IcsEvent> feedEntries(long personId, Instant from, Instant to) {
        List<Booking> calls = bookings.findForPersonBetween(personId, from, to).stream()
                .filter(Booking::isConfirmed).toList();
        if (calls.isEmpty()) {
            return List.of();
        }
        Set<Long> people = new HashSet<>();
        calls.forEach(call -> {
            people.add(call.getCoachId());
            people.add(call.getParticipantId());
        });
        Map<Long, PersonProfile> profiles = accounts.profiles(people);
        Map<Long, CoachAvailability> places = availabilities.findAllById(calls.stream().map(Booking::getCoachId)
                .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(CoachAvailability::getCoachId, Function.identity()));
        return calls.stream().map(call -> entries.entry(call, profiles.get(call.getCoachId()),
                profiles.get(call.getParticipantId()), call.getCoachId() == personId ? Party.COACH : Party.PARTICIPANT,
                places.containsKey(call.getCoachId()) ? places.get(call.getCoachId()).getMeetingPlace() : null))
                .toList();
    }
}
