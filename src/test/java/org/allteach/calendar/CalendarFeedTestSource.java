package org.allteach.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.allteach.shared.ics.IcsEvent;
import org.springframework.stereotype.Component;

/**
 * A feature's contribution to calendar feeds, as the feed tests need it: entries for people the test names, nothing
 * for anyone else (so the shared application context serves every other test's feed unchanged).
 */
@Component
class CalendarFeedTestSource implements CalendarFeedSource {

    record Window(Instant from, Instant to) {
    }

    private final Map<Long, List<IcsEvent>> entries = new ConcurrentHashMap<>();
    private final Map<Long, Window> asked = new ConcurrentHashMap<>();

    void give(long personId, List<IcsEvent> personsEntries) {
        entries.put(personId, List.copyOf(personsEntries));
    }

    Window askedFor(long personId) {
        return asked.get(personId);
    }

    @Override
    public List<IcsEvent> feedEntries(long personId, Instant from, Instant to) {
        asked.put(personId, new Window(from, to));
        return entries.getOrDefault(personId, List.of()).stream()
                .filter(entry -> entry.end().isAfter(from) && entry.start().isBefore(to))
                .toList();
    }
}
