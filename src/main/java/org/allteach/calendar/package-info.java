/**
 * The calendar: learning sessions, fireside chats, webinars, office hours and team meetings of a collaborative, as
 * single events or series, with RSVPs and waitlists for office hours ({@link org.allteach.calendar.Events}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package org.allteach.calendar;
