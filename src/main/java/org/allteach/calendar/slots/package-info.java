/**
 * Free times for one-on-one coaching calls, computed from a coach's {@link org.allteach.calendar.slots.AvailabilityPolicy}
 * and what they are already busy with: pure values and functions, no Spring, no database, so the booking service can
 * run {@link org.allteach.calendar.slots.SlotFinder#check} again inside its lock. A named interface, because the
 * coaching feature uses it (see docs/decisions/0017-slot-computation.md).
 */
@org.springframework.modulith.NamedInterface("slots")
package org.allteach.calendar.slots;
