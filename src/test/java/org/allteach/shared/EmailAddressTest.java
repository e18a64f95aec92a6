package org.allteach.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void normalisesCaseAndSpaces() {
        assertThat(EmailAddress.normalise("  Rosa.Martinez@Clinic.ORG ")).isEqualTo("rosa.martinez@clinic.org");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rosa@clinic.org", "r.o+sa@sub.clinic.example", "o'brien@bronx.example"})
    void acceptsOrdinaryAddresses(String address) {
        assertThat(EmailAddress.problem(address)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rosa", "rosa@", "@clinic.org", "rosa@clinic", "rosa@@clinic.org", "rosa clinic@x.org",
            "Rosa <rosa@clinic.org>", "rosa@clinic.org.", "rosa@clinic.org, bob@clinic.org"})
    void refusesWhatIsNotOneAddress(String address) {
        assertThat(EmailAddress.problem(address)).contains("Enter an email address like name@example.org.");
    }

    @Test
    void asksForAnAddressWhenEmpty() {
        assertThat(EmailAddress.problem("  ")).contains("Enter an email address.");
    }
}
