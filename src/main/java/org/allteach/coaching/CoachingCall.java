package org.allteach.coaching;

import java.time.Duration;
import java.time.Instant;

/**
 * A coaching call as its coach, its participant or an organiser of its collaborative sees it.
 *
 * @param meetingPlace   where the call happens (the coach's meeting link or phone number), or null
 * @param agenda         the agenda as written, Markdown
 * @param agendaHtml     the agenda rendered from Markdown and sanitised
 * @param thread         the discussion thread to talk about, or null (also when the viewer may not read it)
 * @param myParty        the viewer's side of the call; null for an organiser looking on
 * @param changeable     whether the viewer may cancel it now (a party, confirmed, not started)
 * @param movable        whether the viewer may also reschedule it: changeable, and its collaborative not closed
 * @param cancelledBy    who cancelled it, or null
 */
public record CoachingCall(long id, long collaborativeId, long coachId, String coachName, long participantId,
                           String participantName, String teamName, Instant start, Instant end, CallStatus status,
                           String meetingPlace, String agenda, String agendaHtml, ThreadToDiscuss thread,
                           Party myParty, boolean changeable, boolean movable, Instant cancelledAt, String cancelledBy,
                           String cancelReason) {

    public Duration length() {
        return Duration.between(start, end);
    }

    /** The other side's name, from the viewer's point of view (the coach's for organisers). */
    public String otherPartyName() {
        return myParty == Party.COACH ? participantName : coachName;
    }
}
