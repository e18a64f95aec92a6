/**
 * One-on-one coaching calls: each coach's availability ({@link org.allteach.coaching.CoachingAvailability}), booking,
 * rescheduling and cancelling calls in the portal ({@link org.allteach.coaching.CoachingCalls}) and through the
 * emailed links ({@link org.allteach.coaching.CallLinks}), confirmation and reminder mail with iCalendar invitations,
 * and the calls in each person's calendar feed. Publishes {@link org.allteach.coaching.BookingConfirmed},
 * {@link org.allteach.coaching.BookingRescheduled} and {@link org.allteach.coaching.BookingCancelled}.
 */
package org.allteach.coaching;
