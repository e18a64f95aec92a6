package org.allteach.credits.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One certificate on a transcript: when, what, which credit, how much, and the code that verifies it. */
public record TranscriptLine(LocalDate date, String activityTitle, String creditTypeLabel, BigDecimal hours,
                             String verificationCode) {

    public TranscriptLine {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(activityTitle, "activityTitle");
        Objects.requireNonNull(creditTypeLabel, "creditTypeLabel");
        if (Objects.requireNonNull(hours, "hours").signum() < 0) {
            throw new IllegalArgumentException("Negative credit: " + hours);
        }
        verificationCode = verificationCode == null ? "" : verificationCode;
    }
}
