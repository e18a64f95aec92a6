package org.allteach.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waiting for background work (file reading, index builds, child processes) without a fixed sleep. */
public final class Await {

    private Await() {
    }

    /** Probes until {@code done} holds or 30 seconds pass, and returns the last value for the test to check. */
    public static <T> T until(Supplier<T> probe, Predicate<T> done) {
        return until(probe, done, Duration.ofSeconds(30));
    }

    /** As {@link #until(Supplier, Predicate)}, giving up after {@code patience}. */
    public static <T> T until(Supplier<T> probe, Predicate<T> done, Duration patience) {
        Instant giveUp = Instant.now().plus(patience);
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
