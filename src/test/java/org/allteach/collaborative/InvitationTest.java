package org.allteach.collaborative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;

import jakarta.mail.internet.MimeMessage;
import org.allteach.shared.InvalidInput;
import org.allteach.support.IntegrationTestBase;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Person;
import org.allteach.support.Scenarios.Scenario;
import org.allteach.support.TestMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class InvitationTest extends IntegrationTestBase {

    @Autowired
    Invitations invitations;
    @Autowired
    Teams teams;
    @Autowired
    Memberships memberships;
    @Autowired
    Collaboratives collaboratives;

    Scenario s;
    String email;

    @BeforeEach
    void setUp() {
        s = scenarios.create();
        email = "maria.lopez." + Scenarios.unique() + "@example.org";
    }

    @Test
    void anInvitationEmailLetsANewPersonJoinTheirTeam() throws Exception {
        as(s.organiser(), () -> invitations.invite(s.collaborativeId(), s.teamA(), Role.PARTICIPANT, email, "Maria Lopez"));

        MimeMessage mail = TestMailServer.awaitMessagesTo(email, 1, Duration.ofSeconds(20)).getFirst();
        assertThat(mail.getSubject()).isEqualTo(s.organiser().name() + " invites you to " + s.collaborativeName());
        String token = tokenOf(mail);
        InvitationDetails details = invitations.details(token);
        assertThat(details.status()).isEqualTo(InvitationStatus.PENDING);
        assertThat(details.teamName()).isEqualTo(s.teamAName());
        assertThat(details.suggestedName()).isEqualTo("Maria Lopez");
        assertThat(details.accountExists()).isFalse();

        var person = invitations.acceptWithNewAccount(token, "Maria Lopez, RN", ZoneId.of("America/Denver"),
                Locale.US, Scenarios.PASSWORD);

        assertThat(canSignIn(email, Scenarios.PASSWORD)).isTrue();
        TeamPage team = actingAs.call(person.id(), () -> teams.teamPage(s.teamA()));
        assertThat(team.teamMembers()).extracting(TeamMember::displayName).contains("Maria Lopez, RN");
    }

    @Test
    void anInvitationLinkCanBeUsedOnlyOnce() {
        String token = invite(Role.PARTICIPANT, s.teamA());
        invitations.acceptWithNewAccount(token, "Maria Lopez", ZoneId.of("UTC"), Locale.US, Scenarios.PASSWORD);

        assertThat(invitations.details(token).status()).isEqualTo(InvitationStatus.ACCEPTED);
        assertThatThrownBy(() -> invitations.acceptWithNewAccount(token, "Someone Else", ZoneId.of("UTC"), Locale.US,
                "another-good-password-8"))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors().get(""))
                        .isEqualTo(InvitationStatus.ACCEPTED.explanation()));
    }

    @Test
    void invitingAgainReplacesTheEarlierLink() {
        String first = invite(Role.PARTICIPANT, s.teamA());
        as(s.organiser(), () -> invitations.invite(s.collaborativeId(), s.teamA(), Role.TEAM_LEAD, email, null));
        String second = tokenOf(TestMailServer.awaitMessagesTo(email, 2, Duration.ofSeconds(20)).getLast());

        assertThat(invitations.details(first).status()).isEqualTo(InvitationStatus.EXPIRED);
        assertThat(invitations.details(second).role()).isEqualTo(Role.TEAM_LEAD);
    }

    @Test
    void anExpiredInvitationShowsAClearMessage() {
        String token = invite(Role.PARTICIPANT, s.teamA());

        clock.advance(Duration.ofDays(15));

        InvitationDetails details = invitations.details(token);
        assertThat(details.status()).isEqualTo(InvitationStatus.EXPIRED);
        assertThat(details.collaborativeName()).as("an unusable link reveals nothing").isNull();
        assertThat(InvitationStatus.EXPIRED.explanation()).contains("expired").contains("send a new one");
        assertThatThrownBy(() -> invitations.acceptWithNewAccount(token, "Late Comer", ZoneId.of("UTC"), Locale.US,
                Scenarios.PASSWORD)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void anUnknownLinkRevealsNothing() {
        assertThat(invitations.details("not-a-real-token")).isEqualTo(InvitationDetails.unusable(InvitationStatus.UNKNOWN));
    }

    @Test
    void someoneWithAnAccountJoinsAnotherTeamWithoutANewPassword() {
        Person existing = s.participantB();
        String token = invite(Role.COACH, s.teamA(), existing.email());
        assertThat(invitations.details(token).accountExists()).isTrue();

        invitations.acceptWithExistingAccount(token);

        assertThat(as(existing, () -> teams.teamPage(s.teamA())).coaches()).extracting(TeamMember::personId)
                .contains(existing.id());
        assertThat(canSignIn(existing.email(), Scenarios.PASSWORD)).isTrue();
    }

    @Test
    void aWeakPasswordIsRefusedAndTheInvitationStaysUsable() {
        String token = invite(Role.PARTICIPANT, s.teamA());

        assertThatThrownBy(() -> invitations.acceptWithNewAccount(token, "Maria Lopez", ZoneId.of("UTC"), Locale.US,
                "maria123"))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsKey("password"));
        assertThat(invitations.details(token).status()).isEqualTo(InvitationStatus.PENDING);
    }

    @Test
    void invitingSomeoneAlreadyInTheTeamIsRefused() {
        assertThatThrownBy(() -> as(s.organiser(), () -> invitations.invite(s.collaborativeId(), s.teamA(),
                Role.PARTICIPANT, s.participantA().email().toUpperCase(Locale.ROOT), null)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors().get("email"))
                        .endsWith("is already in this team."));
    }

    @Test
    void badInvitationsSayWhatToFix() {
        assertThatThrownBy(() -> as(s.organiser(), () -> invitations.invite(s.collaborativeId(), null,
                Role.PARTICIPANT, "maria at clinic", null)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("email", "Enter an email address like name@example.org.")
                        .containsEntry("team", "Choose the team this participant belongs to."));
        assertThatThrownBy(() -> as(s.organiser(), () -> invitations.invite(s.collaborativeId(), s.teamA(),
                Role.ORGANISER, email, null)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("team", "Organisers work across the collaborative; leave the team empty."));
    }

    @Test
    void aTeamOfAnotherCollaborativeCannotBeUsed() {
        Scenario other = scenarios.create();
        assertThatThrownBy(() -> as(s.organiser(), () -> invitations.invite(s.collaborativeId(), other.teamA(),
                Role.PARTICIPANT, email, null)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("team", "Choose a team of this collaborative."));
    }

    @Test
    void organisersSeeTheirInvitationsWithStatus() {
        invite(Role.PARTICIPANT, s.teamA());

        var rows = as(s.organiser(), () -> invitations.invitations(s.collaborativeId(), PageRequest.of(0, 20)));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.email()).isEqualTo(email);
            assertThat(row.teamName()).isEqualTo(s.teamAName());
            assertThat(row.status()).isEqualTo(InvitationStatus.PENDING);
            assertThat(row.invitedBy()).isEqualTo(s.organiser().name());
        });
        assertThat(as(s.organiser(), () -> invitations.countInvitations(s.collaborativeId()))).isEqualTo(1);
    }

    @Test
    void anInvitationNotAcceptedBeforeTheCollaborativeClosesCanNoLongerBeAccepted() {
        String token = invite(Role.PARTICIPANT, s.teamA());
        int members = as(s.organiser(), () -> memberships.countMembers(s.collaborativeId(), ""));

        as(s.organiser(), () -> collaboratives.close(s.collaborativeId()));

        assertThat(invitations.details(token).status()).isEqualTo(InvitationStatus.CLOSED);
        assertThat(as(s.organiser(), () -> invitations.invitations(s.collaborativeId(), PageRequest.of(0, 10))))
                .singleElement().extracting(InvitationRow::status).isEqualTo(InvitationStatus.CLOSED);
        assertThatThrownBy(() -> invitations.acceptWithNewAccount(token, "Maria Lopez", ZoneId.of("UTC"), Locale.US,
                Scenarios.PASSWORD)).isInstanceOf(InvalidInput.class).hasMessage(InvitationStatus.CLOSED.explanation());
        assertThat(as(s.organiser(), () -> memberships.countMembers(s.collaborativeId(), ""))).isEqualTo(members);
    }

    private String invite(Role role, Long teamId) {
        return invite(role, teamId, email);
    }

    private String invite(Role role, Long teamId, String address) {
        as(s.organiser(), () -> invitations.invite(s.collaborativeId(), teamId, role, address, null));
        return tokenOf(TestMailServer.awaitMessagesTo(address, 1, Duration.ofSeconds(20)).getLast());
    }

    private static String tokenOf(MimeMessage mail) {
        String link = TestMailServer.linkIn(mail, "invitation/");
        return link.substring(link.lastIndexOf('/') + 1);
    }
}
