package org.allteach.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void refusesShortPasswords() {
        assertThat(policy.problem("Tr0ub4d!")).contains("Use at least 10 characters.");
    }

    @Test
    void refusesCommonPasswordsWithAReason() {
        assertThat(policy.problem("password123")).hasValueSatisfying(message ->
                assertThat(message).startsWith("This password is too easy to guess."));
        assertThat(policy.problem("qwertyuiop")).isPresent();
    }

    @Test
    void refusesPasswordsMadeOfThePersonsOwnNameOrEmail() {
        assertThat(policy.problem("mariagonzalez", "maria.gonzalez@clinic.org", "Maria Gonzalez")).isPresent();
    }

    @Test
    void acceptsAFewUnrelatedWords() {
        assertThat(policy.problem("correct-horse-battery-staple")).isEmpty();
        assertThat(policy.problem("learn-together-2026")).isEmpty();
    }

    @Test
    void refusesPasswordsLongerThanCanBeStored() {
        assertThat(policy.problem("a".repeat(65))).contains("Use at most 64 characters.");
        assertThat(policy.problem("é-ü-ö-ä-ß-ç-".repeat(5))).hasValueSatisfying(message ->
                assertThat(message).startsWith("This password is too long to store safely"));
    }
}
