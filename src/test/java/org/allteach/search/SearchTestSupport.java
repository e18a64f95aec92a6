package org.allteach.search;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.allteach.search.internal.LuceneIndex;

/** Waiting for background work (file reading, index builds) and words no other test uses. */
public final class SearchTestSupport {

    private static final Random RANDOM = new Random();

    private SearchTestSupport() {
    }

    /** A made-up word no other document has, so each test reads only its own documents. */
    public static String uniqueWord() {
        StringBuilder word = new StringBuilder("qz");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    public static void awaitIndexReady(LuceneIndex index) {
        await(index::status, status -> status.ready() && !status.building());
    }

    /** Probes until {@code done} holds or 30 seconds pass, and returns the last value for the test to check. */
    public static <T> T await(Supplier<T> probe, Predicate<T> done) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        T value = probe.get();
        while (!done.test(value) && Instant.now().isBefore(giveUp)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
            value = probe.get();
        }
        return value;
    }
}
