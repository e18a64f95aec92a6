package org.allteach.identity;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;

import org.allteach.identity.internal.Person;
import org.allteach.identity.internal.PersonRepository;
import org.allteach.shared.EmailAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fresh installation has nobody who could invite anyone. When {@code allteach.identity.admin-email} is set
 * and there is no administrator yet, that address gets an administrator account and an email to set its
 * password.
 */
@Component
class AdministratorBootstrap {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final PersonRepository people;
    private final PasswordResets passwordResets;
    private final IdentityProperties properties;
    private final Clock clock;

    AdministratorBootstrap(PersonRepository people, PasswordResets passwordResets, IdentityProperties properties,
                           Clock clock) {
        this.people = people;
        this.passwordResets = passwordResets;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void createFirstAdministrator() {
        String email = EmailAddress.normalise(properties.adminEmail());
        if (email.isEmpty() || people.existsByAdministratorTrue()) {
            return;
        }
        if (EmailAddress.problem(email).isPresent()) {
            log.error("allteach.identity.admin-email '{}' is not a valid email address; no administrator created", email);
            return;
        }
        Person person = people.findByEmail(email).orElseGet(() -> people.save(
                new Person(email, email.substring(0, email.indexOf('@')), ZoneId.of("UTC"), Locale.US, null,
                        clock.instant())));
        person.makeAdministrator(clock.instant());
        if (person.getPasswordHash() == null) {
            passwordResets.sendWelcome(person.getId());
        }
        log.info("{} is now the portal administrator", email);
    }
}
