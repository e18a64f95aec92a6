package org.allteach.credits.document;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Codes nobody can guess, that survive being read off paper and typed in again. */
class VerificationCodesTest {

    @Test
    void aNewCodeIsTwelveUnambiguousCharactersInGroupsOfFour() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String code = VerificationCodes.generate();
            assertThat(code).matches("AT-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}").doesNotContain("I", "L", "O", "U");
            assertThat(VerificationCodes.isWellFormed(code)).isTrue();
            assertThat(VerificationCodes.normalise(code)).isEqualTo(code);
            codes.add(code);
        }
        assertThat(codes).hasSize(2_000);
    }

    @Test
    void aTypedCodeIsReadWhateverItsCaseSpacesAndDashes() {
        assertThat(VerificationCodes.normalise("at 7k3q 9xpm 2drf")).isEqualTo("AT-7K3Q-9XPM-2DRF");
        assertThat(VerificationCodes.normalise("  AT-7K3Q–9XPM—2DRF ")).isEqualTo("AT-7K3Q-9XPM-2DRF");
        assertThat(VerificationCodes.normalise("7K3Q9XPM2DRF")).isEqualTo("AT-7K3Q-9XPM-2DRF");
        assertThat(VerificationCodes.normalise("at7k3q-9xpm-2drf")).isEqualTo("AT-7K3Q-9XPM-2DRF");
    }

    @Test
    void lettersThatLookLikeDigitsAreReadAsTheDigits() {
        assertThat(VerificationCodes.normalise("AT-7K3Q-9XPM-2DRO")).isEqualTo("AT-7K3Q-9XPM-2DR0");
        assertThat(VerificationCodes.normalise("AT-IK3Q-9XPM-2DRl")).isEqualTo("AT-1K3Q-9XPM-2DR1");
    }

    @Test
    void textThatCannotBeACodeIsNotWellFormed() {
        assertThat(VerificationCodes.normalise(null)).isEmpty();
        assertThat(VerificationCodes.isWellFormed(VerificationCodes.normalise("hello"))).isFalse();
        assertThat(VerificationCodes.isWellFormed(VerificationCodes.normalise("AT-7K3Q-9XPM-2DR"))).isFalse();
        assertThat(VerificationCodes.isWellFormed(VerificationCodes.normalise("AT-7K3Q-9XPM-2DRF-X"))).isFalse();
        assertThat(VerificationCodes.isWellFormed(VerificationCodes.normalise("AT-7K3Q-9XPM-2DRU"))).isFalse();
        assertThat(VerificationCodes.isWellFormed("at-7k3q-9xpm-2drf")).isFalse();
        assertThat(VerificationCodes.isWellFormed(null)).isFalse();
    }
}
