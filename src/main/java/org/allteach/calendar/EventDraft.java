package org.allteach.calendar;

/**
 * An event as the edit form starts with it, for one scope: the occurrence's details, and for a series edited "this
 * and following" or "all" its rule from there ({@code recurrence} null otherwise).
 */
public record EventDraft(EventDetails details, Recurrence recurrence, boolean partOfSeries) {
}
