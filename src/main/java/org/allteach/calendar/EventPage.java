package org.allteach.calendar;

import java.time.ZoneId;
import java.util.List;

/**
 * Everything the event page shows one viewer.
 *
 * @param plannedIn          the zone the host planned it in
 * @param repeats            the series' rule in words ("Monthly on the 2nd Tuesday, until …"), or null
 * @param materials          the library resources the viewer may open
 * @param waitlisted         how many wait for a seat
 * @param myWaitlistPosition the viewer's place on the waitlist (1 = next), or null
 * @param mayEdit            whether the viewer may change or cancel it
 * @param mayRespond         whether the viewer may answer (not cancelled, not over, its collaborative not closed)
 * @param goingNames         who is going, for those who may edit (hosts plan with it); empty for others
 */
public record EventPage(EventSummary summary, String description, String descriptionHtml, ZoneId plannedIn,
                        String meetingLink, String place, String hostName, String collaborativeName,
                        List<MaterialLink> materials, String repeats, int waitlisted, Integer myWaitlistPosition,
                        boolean mayEdit, boolean mayRespond, List<String> goingNames) {
}
