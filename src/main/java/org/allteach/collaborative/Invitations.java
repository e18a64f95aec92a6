package org.allteach.collaborative;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.allteach.collaborative.internal.Collaborative;
import org.allteach.collaborative.internal.CollaborativeRepository;
import org.allteach.collaborative.internal.Invitation;
import org.allteach.collaborative.internal.InvitationRepository;
import org.allteach.collaborative.internal.Team;
import org.allteach.collaborative.internal.TeamRepository;
import org.allteach.identity.Accounts;
import org.allteach.identity.CurrentPerson;
import org.allteach.identity.IdentityProperties;
import org.allteach.identity.NewAccount;
import org.allteach.identity.PersonProfile;
import org.allteach.notification.Email;
import org.allteach.notification.MailOutbox;
import org.allteach.shared.EmailAddress;
import org.allteach.shared.InvalidInput;
import org.allteach.shared.PublicLinks;
import org.allteach.shared.SecureToken;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisers invite an email address into a team with a role. The emailed link is single-use and expires; it
 * creates the account (name, time zone, password) or, for an address that already has one, just adds the role.
 */
@Service
public class Invitations {

    private final InvitationRepository invitations;
    private final CollaborativeRepository collaboratives;
    private final TeamRepository teams;
    private final Memberships memberships;
    private final CollaborativeAccess access;
    private final Accounts accounts;
    private final CurrentPerson currentPerson;
    private final MailOutbox mailOutbox;
    private final PublicLinks links;
    private final IdentityProperties identityProperties;
    private final Clock clock;

    Invitations(InvitationRepository invitations, CollaborativeRepository collaboratives, TeamRepository teams,
                Memberships memberships, CollaborativeAccess access, Accounts accounts, CurrentPerson currentPerson,
                MailOutbox mailOutbox, PublicLinks links, IdentityProperties identityProperties, Clock clock) {
        this.invitations = invitations;
        this.collaboratives = collaboratives;
        this.teams = teams;
        this.memberships = memberships;
        this.access = access;
        this.accounts = accounts;
        this.currentPerson = currentPerson;
        this.mailOutbox = mailOutbox;
        this.links = links;
        this.identityProperties = identityProperties;
        this.clock = clock;
    }

    /**
     * Invites an address and emails the link (through the outbox, in this transaction).
     *
     * @param teamId null for organisers
     * @param name   optional: how the organiser knows the person; pre-fills the name on the invitation page
     * @throws InvalidInput with fields {@code email}, {@code name}, {@code team}, {@code role}
     */
    @Transactional
    public InvitationRow invite(long collaborativeId, Long teamId, Role role, String email, String name) {
        access.requireOrganiser(collaborativeId);
        access.requireOpen(collaborativeId);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String address = EmailAddress.normalise(email);
        EmailAddress.problem(address).ifPresent(problem -> errors.add("email", problem));
        String suggestedName = errors.optionalLine("name", name, 120);
        try {
            memberships.checkPlacement(collaborativeId, teamId, role);
        } catch (InvalidInput invalid) {
            invalid.fieldErrors().forEach(errors::add);
        }
        if (!errors.has("email") && !errors.has("team")) {
            accounts.findByEmail(address)
                    .filter(person -> memberships.existing(person.id(), collaborativeId, teamId).isPresent())
                    .ifPresent(person -> errors.add("email", person.displayName() + " (" + address + ") is already "
                            + (teamId == null ? "an organiser of this collaborative." : "in this team.")));
        }
        errors.throwIfAny();

        Collaborative collaborative = collaboratives.findById(collaborativeId).orElseThrow();
        Team team = teamId == null ? null : teams.findById(teamId).orElseThrow();
        PersonProfile inviter = accounts.profile(currentPerson.requireId());
        Instant now = clock.instant();
        // Inviting again sends a fresh link and retires the earlier one, so only one invitation can be accepted.
        invitations.retirePending(collaborativeId, address, teamId, now);
        SecureToken token = SecureToken.generate();
        Invitation invitation = invitations.save(new Invitation(collaborativeId, teamId, role, address,
                suggestedName, inviter.id(), token.hash(), now, now.plus(identityProperties.invitationValidity())));

        Map<String, Object> model = new HashMap<>();
        model.put("name", invitation.getDisplayName());
        model.put("inviter", inviter.displayName());
        model.put("collaborative", collaborative.getName());
        model.put("focusArea", collaborative.getFocusArea());
        model.put("team", team == null ? null : team.getName());
        model.put("role", role.label().toLowerCase(Locale.ROOT));
        model.put("link", links.to("invitation/" + token.value()));
        // The invitee's zone is unknown; the inviter's, named, is the next best thing.
        model.put("expires", DateTimeFormatter.ofPattern("MMMM d, yyyy 'at' h:mm a zzz", Locale.US)
                .format(invitation.getExpiresAt().atZone(inviter.timeZone())));
        mailOutbox.queue(new Email(address, inviter.displayName() + " invites you to " + collaborative.getName(),
                "invitation", model, Locale.US));
        return toRow(invitation, team == null ? null : team.getName(), inviter.displayName(), now, false);
    }

    /** Invitations of a collaborative, newest first; for organisers. */
    @Transactional(readOnly = true)
    public List<InvitationRow> invitations(long collaborativeId, Pageable pageable) {
        access.requireOrganiser(collaborativeId);
        List<Invitation> page = invitations.findByCollaborativeIdOrderByCreatedAtDesc(collaborativeId, pageable);
        Map<Long, String> teamNames = teams.namesById(page.stream().map(Invitation::getTeamId).toList());
        Map<Long, PersonProfile> inviters = accounts.profiles(page.stream().map(Invitation::getInvitedBy).toList());
        Instant now = clock.instant();
        boolean closed = access.isClosed(collaborativeId);
        return page.stream().map(invitation -> toRow(invitation, teamNames.get(invitation.getTeamId()),
                inviters.get(invitation.getInvitedBy()).displayName(), now, closed)).toList();
    }

    @Transactional(readOnly = true)
    public int countInvitations(long collaborativeId) {
        access.requireOrganiser(collaborativeId);
        return (int) invitations.countByCollaborativeId(collaborativeId);
    }

    /** What the link holder may see about the invitation (nothing, if the link cannot be used). */
    @Transactional(readOnly = true)
    public InvitationDetails details(String token) {
        Optional<Invitation> found = invitations.findByTokenHash(SecureToken.hash(token));
        if (found.isEmpty()) {
            return InvitationDetails.unusable(InvitationStatus.UNKNOWN);
        }
        Invitation invitation = found.get();
        InvitationStatus status = statusOf(invitation, clock.instant());
        if (status != InvitationStatus.PENDING) {
            return InvitationDetails.unusable(status);
        }
        String teamName = invitation.getTeamId() == null ? null
                : teams.findById(invitation.getTeamId()).map(Team::getName).orElse(null);
        return new InvitationDetails(status, invitation.getEmail(), invitation.getDisplayName(),
                collaboratives.findById(invitation.getCollaborativeId()).orElseThrow().getName(), teamName,
                invitation.getRole(), accounts.profile(invitation.getInvitedBy()).displayName(),
                invitation.getExpiresAt(), accounts.findByEmail(invitation.getEmail()).isPresent());
    }

    /**
     * Accepts an invitation for an address without an account: creates the account and the membership.
     *
     * @throws InvalidInput with fields {@code displayName}, {@code password}; or a blank field when the link
     *                      cannot be used
     */
    @Transactional
    public PersonProfile acceptWithNewAccount(String token, String displayName, ZoneId timeZone, Locale locale,
                                              String password) {
        Invitation invitation = lockUsable(token);
        if (accounts.findByEmail(invitation.getEmail()).isPresent()) {
            throw InvalidInput.of("", "An account with this email address already exists; accept the invitation "
                    + "with it instead.");
        }
        PersonProfile person = accounts.createAccount(new NewAccount(invitation.getEmail(), displayName, timeZone,
                locale, password));
        join(invitation, person.id());
        return person;
    }

    /**
     * Accepts an invitation for an address that already has an account. Holding the emailed link proves control
     * of the address, as a password reset link does.
     */
    @Transactional
    public PersonProfile acceptWithExistingAccount(String token) {
        Invitation invitation = lockUsable(token);
        PersonProfile person = accounts.findByEmail(invitation.getEmail())
                .orElseThrow(() -> InvalidInput.of("", "There is no account for this address yet; create one."));
        join(invitation, person.id());
        return person;
    }

    private void join(Invitation invitation, long personId) {
        if (memberships.existing(personId, invitation.getCollaborativeId(), invitation.getTeamId()).isEmpty()) {
            memberships.add(personId, invitation.getCollaborativeId(), invitation.getTeamId(), invitation.getRole());
        }
        invitation.accept(personId, clock.instant());
    }

    private Invitation lockUsable(String token) {
        Invitation invitation = invitations.lockByTokenHash(SecureToken.hash(token))
                .orElseThrow(() -> InvalidInput.of("", InvitationStatus.UNKNOWN.explanation()));
        InvitationStatus status = statusOf(invitation, clock.instant());
        if (status != InvitationStatus.PENDING) {
            throw InvalidInput.of("", status.explanation());
        }
        return invitation;
    }

    /**
     * An invitation to a collaborative that has closed can no longer be accepted (its pages are an archive, and
     * joining one is a change to it); it is not rewritten, its status says so.
     */
    private InvitationStatus statusOf(Invitation invitation, Instant now) {
        return statusOf(invitation, now, access.isClosed(invitation.getCollaborativeId()));
    }

    private static InvitationStatus statusOf(Invitation invitation, Instant now, boolean collaborativeClosed) {
        if (invitation.isAccepted()) {
            return InvitationStatus.ACCEPTED;
        }
        if (collaborativeClosed) {
            return InvitationStatus.CLOSED;
        }
        return invitation.isExpired(now) ? InvitationStatus.EXPIRED : InvitationStatus.PENDING;
    }

    private static InvitationRow toRow(Invitation invitation, String teamName, String invitedBy, Instant now,
                                       boolean collaborativeClosed) {
        return new InvitationRow(invitation.getId(), invitation.getEmail(), invitation.getRole(), teamName, invitedBy,
                invitation.getCreatedAt(), invitation.getExpiresAt(), statusOf(invitation, now, collaborativeClosed));
    }
}
