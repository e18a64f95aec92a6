package org.allteach.identity;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.allteach.identity.internal.Person;
import org.allteach.identity.internal.PersonRepository;
import org.allteach.shared.EmailAddress;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.UniqueConstraints;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People's accounts: creating them, reading profiles, and a person changing their own profile and password. */
@Service
public class Accounts {

    static final int MAX_NAME_LENGTH = 120;
    static final int MAX_CREDENTIALS_LENGTH = 80;
    private static final String EMAIL_TAKEN =
            "An account with this email address already exists. Sign in, or reset its password.";

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final CurrentPerson currentPerson;
    private final SignedInSessions sessions;
    private final Clock clock;

    Accounts(PersonRepository people, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
             CurrentPerson currentPerson, SignedInSessions sessions, Clock clock) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.currentPerson = currentPerson;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * Creates an account. Not a sign-up: callers are flows that already proved the person controls the address
     * (an invitation link) or run as the system (installation, demo data).
     *
     * @throws InvalidInput with fields {@code email}, {@code displayName}, {@code password}
     */
    @Transactional
    public PersonProfile createAccount(NewAccount account) {
        String email = EmailAddress.normalise(account.email());
        InvalidInput.Collector errors = new InvalidInput.Collector();
        EmailAddress.problem(email).ifPresent(problem -> errors.add("email", problem));
        if (!errors.has("email") && people.existsByEmail(email)) {
            errors.add("email", EMAIL_TAKEN);
        }
        String displayName = displayName(account.displayName(), errors);
        passwordPolicy.problem(account.password(), email, account.displayName())
                .ifPresent(problem -> errors.add("password", problem));
        errors.throwIfAny();
        Person person = new Person(email, displayName, zoneOrUtc(account.timeZone()),
                account.locale() == null ? Locale.US : account.locale(), passwordEncoder.encode(account.password()),
                clock.instant());
        return UniqueConstraints.saving(() -> people.saveAndFlush(person), "uk_person_email", "email", EMAIL_TAKEN)
                .toProfile();
    }

    /**
     * Creates the portal's first administrator, for installation scripts and demo data. Refused once the portal
     * has an administrator: later administrators are appointed by people, not by code paths.
     */
    @Transactional
    public PersonProfile createFirstAdministrator(NewAccount account) {
        if (people.existsByAdministratorTrue()) {
            throw new AccessDeniedException("This portal already has an administrator.");
        }
        PersonProfile created = createAccount(account);
        people.findById(created.id()).orElseThrow().makeAdministrator(clock.instant());
        return profile(created.id());
    }

    @Transactional(readOnly = true)
    public Optional<PersonProfile> findByEmail(String email) {
        return people.findByEmail(EmailAddress.normalise(email)).map(Person::toProfile);
    }

    /** The accounts among these addresses, keyed by the normalised address; addresses without one are left out. */
    @Transactional(readOnly = true)
    public Map<String, PersonProfile> findByEmails(Collection<String> emails) {
        if (emails.isEmpty()) {
            return Map.of();
        }
        return people.findByEmailIn(emails.stream().map(EmailAddress::normalise).toList()).stream()
                .map(Person::toProfile).collect(Collectors.toMap(PersonProfile::email, Function.identity()));
    }

    /** The portal's administrators, who moderate what belongs to no collaborative (the community). */
    @Transactional(readOnly = true)
    public List<Long> administratorIds() {
        return people.administratorIds();
    }

    @Transactional(readOnly = true)
    public PersonProfile profile(long personId) {
        return people.findById(personId).map(Person::toProfile)
                .orElseThrow(() -> new IllegalArgumentException("No person " + personId));
    }

    /** Profiles of many people in one query (for lists). */
    @Transactional(readOnly = true)
    public Map<Long, PersonProfile> profiles(Collection<Long> personIds) {
        return people.findAllById(personIds).stream().map(Person::toProfile)
                .collect(Collectors.toMap(PersonProfile::id, Function.identity()));
    }

    @Transactional(readOnly = true)
    public PersonProfile myProfile() {
        return profile(currentPerson.requireId());
    }

    /** @throws InvalidInput with fields {@code displayName}, {@code timeZone}, {@code locale} */
    @Transactional
    public PersonProfile updateMyProfile(String displayName, ZoneId timeZone, Locale locale) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String name = displayName(displayName, errors);
        if (timeZone == null) {
            errors.add("timeZone", "Choose your time zone.");
        }
        if (locale == null) {
            errors.add("locale", "Choose your language and region.");
        }
        errors.throwIfAny();
        Person person = people.findById(currentPerson.requireId()).orElseThrow();
        person.changeProfile(name, timeZone, locale, clock.instant());
        return person.toProfile();
    }

    /**
     * Sets the signed-in person's profession and credentials ("MD, MPH"), which decide the credit they may claim and
     * what certificates print after their name.
     *
     * @throws InvalidInput with fields {@code profession}, {@code credentials}
     */
    @Transactional
    public PersonProfile updateMyProfessionalDetails(Profession profession, String credentials) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (profession == null) {
            errors.add("profession", "Choose your profession, or \u201cNon-clinician or other\u201d.");
        }
        String letters = credentials == null ? "" : credentials.strip().replaceAll("\\s+", " ");
        if (letters.length() > MAX_CREDENTIALS_LENGTH) {
            errors.add("credentials", "Keep your credentials to " + MAX_CREDENTIALS_LENGTH + " characters.");
        } else if (!letters.isEmpty() && !letters.matches("[\\p{L}\\p{N} .,()/&'\u2019-]+")) {
            errors.add("credentials", "Use letters, digits, spaces and commas, e.g. \u201cMD, MPH\u201d.");
        }
        errors.throwIfAny();
        Person person = people.findById(currentPerson.requireId()).orElseThrow();
        person.changeProfessionalDetails(profession, letters.isEmpty() ? null : letters, clock.instant());
        return person.toProfile();
    }

    /**
     * Changes the signed-in person's password and signs them out everywhere else.
     *
     * @throws InvalidInput with fields {@code currentPassword}, {@code newPassword}
     */
    @Transactional
    public void changeMyPassword(String currentPassword, String newPassword) {
        Person person = people.findById(currentPerson.requireId()).orElseThrow();
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (currentPassword == null || person.getPasswordHash() == null
                || !passwordEncoder.matches(currentPassword, person.getPasswordHash())) {
            errors.add("currentPassword", "This is not your current password.");
        }
        passwordPolicy.problem(newPassword, person.getEmail(), person.getDisplayName())
                .ifPresent(problem -> errors.add("newPassword", problem));
        errors.throwIfAny();
        person.changePasswordHash(passwordEncoder.encode(newPassword), clock.instant());
        sessions.endOtherSessionsOf(person.getId());
    }

    private static String displayName(String displayName, InvalidInput.Collector errors) {
        return errors.requiredLine("displayName", displayName, MAX_NAME_LENGTH,
                "Enter your name as colleagues should see it.");
    }

    private static ZoneId zoneOrUtc(ZoneId zone) {
        return zone == null ? ZoneId.of("UTC") : zone;
    }
}
