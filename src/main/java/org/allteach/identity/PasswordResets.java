package org.allteach.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.allteach.identity.internal.PasswordResetToken;
import org.allteach.identity.internal.PasswordResetTokenRepository;
import org.allteach.identity.internal.Person;
import org.allteach.identity.internal.PersonRepository;
import org.allteach.notification.Email;
import org.allteach.notification.MailOutbox;
import org.allteach.shared.EmailAddress;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.PublicLinks;
import org.allteach.shared.SecureToken;
import org.springframework.scheduling.annotation.Async;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot your password?": an emailed, single-use link that expires. Also sets the first password of an account
 * created without one (the installation's first administrator).
 */
@Service
public class PasswordResets {

    /** Why a link can or cannot be used, for a page that says so plainly. */
    public enum LinkStatus { VALID, EXPIRED, USED, UNKNOWN }

    /** Against mail floods: one new link per address in this time. */
    private static final Duration RESEND_PAUSE = Duration.ofMinutes(2);

    private final PersonRepository people;
    private final PasswordResetTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final MailOutbox mailOutbox;
    private final SignedInSessions sessions;
    private final PublicLinks links;
    private final IdentityProperties properties;
    private final Clock clock;

    PasswordResets(PersonRepository people, PasswordResetTokenRepository tokens, PasswordEncoder passwordEncoder,
                   PasswordPolicy passwordPolicy, MailOutbox mailOutbox, SignedInSessions sessions, PublicLinks links,
                   IdentityProperties properties, Clock clock) {
        this.people = people;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.mailOutbox = mailOutbox;
        this.sessions = sessions;
        this.links = links;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Emails a reset link if the address has an account. Says nothing either way and returns at once (the work runs
     * in the background), so neither the answer nor its timing tells who has an account.
     */
    @Async
    @Transactional
    public void requestReset(String email) {
        Instant now = clock.instant();
        // The lock makes simultaneous requests for one address wait for each other, so only one link goes out.
        people.lockByEmail(EmailAddress.normalise(email))
                .filter(person -> !tokens.existsByPersonIdAndCreatedAtAfter(person.getId(), now.minus(RESEND_PAUSE)))
                .ifPresent(person -> sendLink(person, now, properties.passwordResetValidity(), "password-reset",
                        "Reset your AllTeach password"));
    }

    /** Emails a link to set the first password of a new account (installation bootstrap). */
    @Transactional
    void sendWelcome(long personId) {
        Person person = people.findById(personId).orElseThrow();
        sendLink(person, clock.instant(), properties.invitationValidity(), "welcome",
                "Welcome to AllTeach: set your password");
    }

    @Transactional(readOnly = true)
    public LinkStatus check(String token) {
        return tokens.findByTokenHash(SecureToken.hash(token)).map(this::statusOf).orElse(LinkStatus.UNKNOWN);
    }

    /**
     * Sets a new password through a link and makes every other outstanding link of the person unusable.
     *
     * @throws InvalidInput with field {@code password}, or with a blank field when the link cannot be used
     */
    @Transactional
    public void resetPassword(String token, String newPassword) {
        // Locked: two submits of the same link cannot both set a password.
        PasswordResetToken resetToken = tokens.lockByTokenHash(SecureToken.hash(token))
                .orElseThrow(() -> InvalidInput.of("", describe(LinkStatus.UNKNOWN)));
        LinkStatus status = statusOf(resetToken);
        if (status != LinkStatus.VALID) {
            throw InvalidInput.of("", describe(status));
        }
        Person person = people.findById(resetToken.getPersonId()).orElseThrow();
        passwordPolicy.problem(newPassword, person.getEmail(), person.getDisplayName()).ifPresent(problem -> {
            throw InvalidInput.of("password", problem);
        });
        Instant now = clock.instant();
        person.changePasswordHash(passwordEncoder.encode(newPassword), now);
        tokens.markAllUsed(person.getId(), now);
        sessions.endAllSessionsOf(person.getId());
    }

    /** The sentence a page shows for a link that cannot be used. */
    public static String describe(LinkStatus status) {
        return switch (status) {
            case VALID -> "This link is valid.";
            case EXPIRED -> "This link has expired. Links to reset a password work for a limited time; ask for a new one.";
            case USED -> "This link has already been used. If you still cannot sign in, ask for a new one.";
            case UNKNOWN -> "This link is not valid. Check that you copied the whole link from the email, or ask for a new one.";
        };
    }

    private void sendLink(Person person, Instant now, Duration validity, String template, String subject) {
        SecureToken token = SecureToken.generate();
        tokens.save(new PasswordResetToken(person.getId(), token.hash(), now, now.plus(validity)));
        PersonProfile profile = person.toProfile();
        mailOutbox.queue(new Email(person.getEmail(), subject, template, Map.of(
                "name", person.getDisplayName(),
                "link", links.to("reset-password/" + token.value()),
                "validMinutes", validity.toMinutes()), profile.locale()));
    }

    private LinkStatus statusOf(PasswordResetToken token) {
        if (token.isUsed()) {
            return LinkStatus.USED;
        }
        return token.isExpired(clock.instant()) ? LinkStatus.EXPIRED : LinkStatus.VALID;
    }
}
