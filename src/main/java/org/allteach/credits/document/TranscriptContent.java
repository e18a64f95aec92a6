package org.allteach.credits.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A learner's transcript: every credit they were awarded, in any order (the documents sort and group them). */
public record TranscriptContent(String learnerName, String credentials, String issuingOrganisation, LocalDate issuedOn,
                                List<TranscriptLine> lines) {

    public TranscriptContent {
        Objects.requireNonNull(learnerName, "learnerName");
        credentials = credentials == null ? "" : credentials.strip();
        Objects.requireNonNull(issuingOrganisation, "issuingOrganisation");
        Objects.requireNonNull(issuedOn, "issuedOn");
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
