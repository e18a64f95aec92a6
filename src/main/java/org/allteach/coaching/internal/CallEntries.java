package org.allteach.coaching.internal;

import java.util.List;

import org.allteach.coaching.Party;
import org.allteach.identity.PersonProfile;
import org.allteach.shared.PublicLinks;
import org.allteach.shared.ics.IcsEvent;
import org.springframework.stereotype.Component;

/** A call as a calendar entry, for the invitations in its mail and for the two sides' calendar feeds. */
@Component
public class CallEntries {

    private final PublicLinks links;

    CallEntries(PublicLinks links) {
        this.links = links;
    }

    /**
     * @param viewer       whose calendar it goes into: the title names the other side
     * @param meetingPlace the coach's meeting link or place, or null
     */
    public IcsEvent entry(Booking booking, PersonProfile coach, PersonProfile participant, Party viewer,
                          String meetingPlace) {
        String callLink = links.to("coaching/calls/" + booking.getId());
        String other = (viewer == Party.COACH ? participant : coach).displayName();
        return new IcsEvent(booking.getUid(), booking.getSequence(), booking.getStartsAt(), booking.getEndsAt(),
                "Coaching call with " + other, booking.getAgenda() + "\n\n" + callLink, meetingPlace, callLink,
                new IcsEvent.Person(coach.displayName(), coach.email()),
                List.of(new IcsEvent.Person(participant.displayName(), participant.email())),
                booking.isConfirmed() ? IcsEvent.Status.CONFIRMED : IcsEvent.Status.CANCELLED,
                booking.getUpdatedAt());
    }
}
