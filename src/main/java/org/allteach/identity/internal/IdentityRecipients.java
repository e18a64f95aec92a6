package org.allteach.identity.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.allteach.identity.CurrentPerson;
import org.allteach.notification.NotificationRecipients;
import org.allteach.notification.Recipient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the notification feature who is signed in and where to mail people. */
@Component
class IdentityRecipients implements NotificationRecipients {

    private final PersonRepository people;
    private final CurrentPerson currentPerson;

    IdentityRecipients(PersonRepository people, CurrentPerson currentPerson) {
        this.people = people;
        this.currentPerson = currentPerson;
    }

    @Override
    public Optional<Long> signedIn() {
        return currentPerson.id();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Recipient> find(Collection<Long> personIds) {
        return people.findAllById(personIds).stream().map(Person::toProfile)
                .map(p -> new Recipient(p.id(), p.displayName(), p.email(), p.timeZone(), p.locale()))
                .collect(Collectors.toMap(Recipient::id, Function.identity()));
    }
}
