package org.allteach.shared.ics;

/** What an iCalendar object is for (RFC 5546 iTIP). */
public enum IcsMethod {
    /** Information only: a feed or an "add to calendar" download. */
    PUBLISH,
    /** An invitation: mail clients offer to accept it and put it into the calendar. */
    REQUEST,
    /** The event is called off: mail clients offer to remove it from the calendar. */
    CANCEL
}
