package org.allteach.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.allteach.identity.PasswordResets.LinkStatus;
import org.allteach.shared.InvalidInput;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios.Person;
import org.allteach.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PasswordResetTest extends IntegrationTestBase {

    private static final String NEW_PASSWORD = "maple-harbor-violin-73";

    @Autowired
    PasswordResets passwordResets;

    @Test
    void theEmailedLinkSetsANewPasswordOnce() throws Exception {
        Person person = scenarios.newPerson("Priya Raman");

        passwordResets.requestReset(person.email());

        MimeMessage mail = TestMailServer.awaitMessagesTo(person.email(), 1, Duration.ofSeconds(20)).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Reset your AllTeach password");
        String token = tokenOf(mail);
        assertThat(passwordResets.check(token)).isEqualTo(LinkStatus.VALID);

        passwordResets.resetPassword(token, NEW_PASSWORD);

        assertThat(canSignIn(person.email(), NEW_PASSWORD)).isTrue();
        assertThat(passwordResets.check(token)).isEqualTo(LinkStatus.USED);
        assertThatThrownBy(() -> passwordResets.resetPassword(token, "another-fresh-password-9"))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors().get(""))
                        .isEqualTo(PasswordResets.describe(LinkStatus.USED)));
    }

    @Test
    void aLinkExpiresAfterAnHour() {
        Person person = scenarios.newPerson("Terrence Hughes");
        String token = emailedToken(person);

        clock.advance(Duration.ofMinutes(61));

        assertThat(passwordResets.check(token)).isEqualTo(LinkStatus.EXPIRED);
        assertThatThrownBy(() -> passwordResets.resetPassword(token, NEW_PASSWORD))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors().get(""))
                        .contains("expired"));
    }

    @Test
    void anUnknownLinkSaysSo() {
        assertThat(passwordResets.check("made-up-token")).isEqualTo(LinkStatus.UNKNOWN);
    }

    @Test
    void resettingMakesEarlierLinksUnusable() {
        Person person = scenarios.newPerson("Denise Washington");
        String first = emailedToken(person);
        clock.advance(Duration.ofMinutes(3));
        passwordResets.requestReset(person.email());
        List<MimeMessage> mails = TestMailServer.awaitMessagesTo(person.email(), 2, Duration.ofSeconds(20));
        String second = tokenOf(mails.get(1));

        passwordResets.resetPassword(second, NEW_PASSWORD);

        assertThat(passwordResets.check(first)).isEqualTo(LinkStatus.USED);
    }

    @Test
    void aSecondRequestWithinTwoMinutesSendsNothingMore() throws Exception {
        Person person = scenarios.newPerson("Angela Pruitt");
        passwordResets.requestReset(person.email());
        passwordResets.requestReset(person.email());

        TestMailServer.awaitMessagesTo(person.email(), 1, Duration.ofSeconds(20));
        Thread.sleep(1500);
        assertThat(TestMailServer.messagesTo(person.email())).hasSize(1);
    }

    @Test
    void anAddressWithoutAccountGetsNothingAndTheCallerLearnsNothing() throws Exception {
        passwordResets.requestReset("nobody.here@example.org");

        Thread.sleep(1500);
        assertThat(TestMailServer.messagesTo("nobody.here@example.org")).isEmpty();
    }

    @Test
    void aWeakNewPasswordIsRefusedAndTheLinkStaysUsable() {
        Person person = scenarios.newPerson("Bobby Collins");
        String token = emailedToken(person);

        assertThatThrownBy(() -> passwordResets.resetPassword(token, "password"))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsKey("password"));
        assertThat(passwordResets.check(token)).isEqualTo(LinkStatus.VALID);
    }

    @Test
    void twoSubmitsOfTheSameLinkAtOnceSetThePasswordOnce() throws Exception {
        Person person = scenarios.newPerson("Mei Lin Chou");
        String token = emailedToken(person);
        List<String> passwords = List.of("granite-willow-harbor-11", "copper-prairie-lantern-22");
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Boolean>> results = passwords.stream().map(password -> pool.submit(() -> {
                start.await();
                try {
                    passwordResets.resetPassword(token, password);
                    return true;
                } catch (InvalidInput used) {
                    return false;
                }
            })).toList();
            start.countDown();
            long succeeded = 0;
            for (var result : results) {
                succeeded += result.get() ? 1 : 0;
            }
            assertThat(succeeded).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(passwords.stream().filter(password -> canSignIn(person.email(), password))).hasSize(1);
    }

    /** Asks for a reset link for a person without earlier links, and returns the token from the email. */
    private String emailedToken(Person person) {
        passwordResets.requestReset(person.email());
        return tokenOf(TestMailServer.awaitMessagesTo(person.email(), 1, Duration.ofSeconds(20)).getFirst());
    }

    private static String tokenOf(MimeMessage mail) {
        String link = TestMailServer.linkIn(mail, "reset-password/");
        return link.substring(link.lastIndexOf('/') + 1);
    }
}
