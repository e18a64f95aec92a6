package org.allteach.calendar.slots;

/** Why a requested call time cannot be booked, with a message for the person booking it. */
public enum SlotProblem {

    IN_THE_PAST("This time has already passed. Please pick a later time."),
    INSIDE_MINIMUM_NOTICE("This time is too soon: the coach needs more notice before a call. Please pick a later time."),
    BEYOND_BOOKING_WINDOW("This time is too far ahead: the coach's calendar is not open for booking that far yet."),
    OUTSIDE_AVAILABILITY("The coach is not available at this time. Please pick one of the times shown."),
    LENGTH_NOT_OFFERED("The coach does not offer calls of this length. Please pick one of the lengths shown."),
    CONFLICT("This time is no longer free: the coach has another commitment. Please pick another time."),
    DAY_FULL("The coach has no more room for calls on this day. Please pick another day.");

    private final String message;

    SlotProblem(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
