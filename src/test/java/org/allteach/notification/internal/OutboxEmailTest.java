package org.allteach.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class OutboxEmailTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void waitsLongerAfterEachFailureUpToTheMaximum() {
        OutboxEmail email = new OutboxEmail("a@example.org", "s", "<p>h</p>", "t", "<id@x>", NOW);
        Duration first = Duration.ofSeconds(30);
        Duration max = Duration.ofMinutes(5);

        email.retryLater(NOW, "connection refused", first, max, 50);
        assertThat(email.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
        email.retryLater(NOW, "connection refused", first, max, 50);
        assertThat(email.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
        email.retryLater(NOW, "connection refused", first, max, 50);
        assertThat(email.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(120));
        for (int i = 0; i < 30; i++) {
            email.retryLater(NOW, "connection refused", first, max, 50);
        }
        assertThat(email.getNextAttemptAt()).isEqualTo(NOW.plus(max));
        assertThat(email.getStatus()).isEqualTo(OutboxEmail.Status.PENDING);
        assertThat(email.getAttempts()).isEqualTo(33);
    }

    @Test
    void stopsAfterTheLastAllowedAttempt() {
        OutboxEmail email = new OutboxEmail("a@example.org", "s", "<p>h</p>", "t", "<id@x>", NOW);

        email.retryLater(NOW, "timeout", Duration.ofSeconds(1), Duration.ofSeconds(5), 3);
        email.retryLater(NOW, "timeout", Duration.ofSeconds(1), Duration.ofSeconds(5), 3);
        assertThat(email.getStatus()).isEqualTo(OutboxEmail.Status.PENDING);
        email.retryLater(NOW, "timeout", Duration.ofSeconds(1), Duration.ofSeconds(5), 3);

        assertThat(email.getStatus()).isEqualTo(OutboxEmail.Status.FAILED);
        assertThat(email.getAttempts()).isEqualTo(3);
    }

    @Test
    void givingUpStopsRetrying() {
        OutboxEmail email = new OutboxEmail("a@example.org", "s", "<p>h</p>", "t", "<id@x>", NOW);

        email.giveUp(NOW, "x".repeat(5000));

        assertThat(email.getStatus()).isEqualTo(OutboxEmail.Status.FAILED);
        assertThat(email.getLastError()).hasSize(1000);
    }
}
