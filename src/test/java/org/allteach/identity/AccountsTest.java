package org.allteach.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.Locale;

import org.allteach.identity.Profession;
import org.allteach.shared.InvalidInput;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class AccountsTest extends IntegrationTestBase {

    @Autowired
    Accounts accounts;

    @Test
    void refusesADuplicateEmailWhateverItsCase() {
        Person existing = scenarios.newPerson("Rosa Martinez");

        assertThatThrownBy(() -> accounts.createAccount(account(existing.email().toUpperCase(Locale.ROOT))))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("email", "An account with this email address already exists. Sign in, or reset its password."));
    }

    @Test
    void reportsEveryProblemOfTheFormAtOnce() {
        assertThatThrownBy(() -> accounts.createAccount(new NewAccount("not-an-email", " ", ZoneId.of("UTC"),
                Locale.US, "short")))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("email", "Enter an email address like name@example.org.")
                        .containsEntry("displayName", "Enter your name as colleagues should see it.")
                        .containsEntry("password", "Use at least 10 characters."));
    }

    @Test
    void aNameWithALineBreakIsRefused() {
        assertThatThrownBy(() -> accounts.createAccount(new NewAccount("linebreak." + Scenarios.unique()
                + "@example.org", "Eve\nBcc: victim@example.org", ZoneId.of("UTC"), Locale.US, Scenarios.PASSWORD)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("displayName", "Use letters, numbers and punctuation only (no tabs or line breaks)."));
    }

    @Test
    void storesAHashNeverThePassword() {
        String email = "hash." + Scenarios.unique() + "@example.org";
        accounts.createAccount(account(email));

        assertThat(canSignIn(email, Scenarios.PASSWORD)).isTrue();
        assertThat(canSignIn(email, "wrong password here")).isFalse();
    }

    @Test
    void signInIgnoresTheCaseOfTheEmail() {
        Person person = scenarios.newPerson("Case Person");

        assertThat(canSignIn(person.email().toUpperCase(Locale.ROOT), Scenarios.PASSWORD)).isTrue();
    }

    @Test
    void aPersonUpdatesTheirProfile() {
        Person person = scenarios.newPerson("Kevin Tran");

        PersonProfile updated = as(person, () -> accounts.updateMyProfile("Kevin Tran, MA",
                ZoneId.of("America/Phoenix"), Locale.forLanguageTag("es-US")));

        assertThat(updated.displayName()).isEqualTo("Kevin Tran, MA");
        assertThat(updated.timeZone()).isEqualTo(ZoneId.of("America/Phoenix"));
        assertThat(accounts.profile(person.id()).locale()).isEqualTo(Locale.forLanguageTag("es-US"));
    }

    @Test
    void aPersonSetsTheirProfessionAndCredentials() {
        Person person = scenarios.newPerson("Ana Ruiz");

        PersonProfile updated = as(person, () -> accounts.updateMyProfessionalDetails(Profession.PHYSICIAN,
                "  MD,   MPH "));

        assertThat(updated.profession()).isEqualTo(Profession.PHYSICIAN);
        assertThat(accounts.profile(person.id()).credentials()).isEqualTo("MD, MPH");
        assertThat(updated.nameWithCredentials()).isEqualTo("Ana Ruiz, MD, MPH");
    }

    @Test
    void professionIsRequiredAndCredentialsAreShortLetters() {
        Person person = scenarios.newPerson("Ben Ode");

        assertThatThrownBy(() -> as(person, () -> accounts.updateMyProfessionalDetails(null, "<b>MD</b>")))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsKeys("profession", "credentials"));
        assertThatThrownBy(() -> as(person, () -> accounts.updateMyProfessionalDetails(Profession.NURSE,
                "RN".repeat(41)))).isInstanceOf(InvalidInput.class);
        assertThat(as(person, () -> accounts.updateMyProfessionalDetails(Profession.NURSE, " ")).credentials())
                .isNull();
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() {
        Person person = scenarios.newPerson("Emily Novak");

        assertThatThrownBy(() -> as(person, () -> accounts.changeMyPassword("not my password", "river-stone-lantern-42")))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsOnlyKeys("currentPassword"));

        as(person, () -> accounts.changeMyPassword(Scenarios.PASSWORD, "river-stone-lantern-42"));
        assertThat(canSignIn(person.email(), "river-stone-lantern-42")).isTrue();
        assertThat(canSignIn(person.email(), Scenarios.PASSWORD)).isFalse();
    }

    @Test
    void aWeakNewPasswordIsRefusedWithAReason() {
        Person person = scenarios.newPerson("Jamal Carter");

        assertThatThrownBy(() -> as(person, () -> accounts.changeMyPassword(Scenarios.PASSWORD, "jamalcarter1")))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors().get("newPassword"))
                        .startsWith("This password is too easy to guess."));
    }

    @Test
    void theFirstAdministratorCanOnlyBeCreatedOnce() {
        scenarios.admin();

        assertThatThrownBy(() -> accounts.createFirstAdministrator(account("second.admin." + Scenarios.unique()
                + "@example.org"))).isInstanceOf(AccessDeniedException.class);
    }

    private static NewAccount account(String email) {
        return new NewAccount(email, "Test Person", ZoneId.of("America/Chicago"), Locale.US, Scenarios.PASSWORD);
    }
}
