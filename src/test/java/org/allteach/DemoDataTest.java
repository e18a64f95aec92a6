package org.allteach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.allteach.collaborative.CollaborativeSummary;
import org.allteach.collaborative.Collaboratives;
import org.allteach.collaborative.Element;
import org.allteach.collaborative.Memberships;
import org.allteach.collaborative.MemberRow;
import org.allteach.collaborative.Role;
import org.allteach.collaborative.TeamCard;
import org.allteach.collaborative.Teams;
import org.allteach.identity.Accounts;
import org.allteach.identity.ActingAs;
import org.allteach.identity.PersonProfile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo collaborative of the dev profile, loaded into its own schema on the shared test server (the other tests
 * have their own administrator, and a portal has only one first administrator).
 */
@SpringBootTest(properties = {"allteach.demo-data=true", "allteach.embedded-database.database-name=allteach_demo",
        "allteach.mail.outbox.poll-interval=1h"})
@ActiveProfiles("test")
class DemoDataTest {

    @Autowired
    Accounts accounts;
    @Autowired
    ActingAs actingAs;
    @Autowired
    Collaboratives collaboratives;
    @Autowired
    Teams teams;
    @Autowired
    Memberships memberships;
    @Autowired
    ApplicationContext context;

    @Test
    void theDemoCollaborativeHasSixPartnershipTeamsAcrossUsTimeZones() {
        PersonProfile organiser = accounts.findByEmail("dana.whitfield@pdhe.example").orElseThrow();
        assertThat(organiser.administrator()).isTrue();

        actingAs.run(organiser.id(), () -> {
            CollaborativeSummary demo = collaboratives.organisedByMe().getFirst();
            assertThat(demo.name()).isEqualTo("3-EM Diabetes Care Collaborative");
            assertThat(collaboratives.phases(demo.id())).hasSize(7);

            List<TeamCard> cards = teams.teamCards(demo.id());
            assertThat(cards).hasSize(6);
            assertThat(cards).allSatisfy(team -> {
                assertThat(team.organisations()).extracting(org -> org.element())
                        .containsExactly(Element.CLINIC, Element.COMMUNITY_PARTNER, Element.DATA_PARTNER);
                assertThat(team.coachNames()).hasSize(1);
            });

            List<MemberRow> members = memberships.members(demo.id(), "", PageRequest.of(0, 200));
            assertThat(members.stream().filter(m -> m.role() == Role.PARTICIPANT || m.role() == Role.TEAM_LEAD))
                    .hasSizeBetween(36, 44);
            assertThat(members.stream().filter(m -> m.role() == Role.TEAM_LEAD)).hasSize(6);
            assertThat(members.stream().filter(m -> m.role() == Role.COACH).map(MemberRow::personId).distinct())
                    .hasSize(3);
            Set<String> zones = accounts.profiles(members.stream().map(MemberRow::personId).toList()).values()
                    .stream().map(profile -> profile.timeZone().getId()).collect(Collectors.toSet());
            assertThat(zones).contains("America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
                    "America/Los_Angeles");
        });
    }

    @Test
    void loadingAgainChangesNothing() {
        long before = countPeople();

        context.publishEvent(new ApplicationReadyEvent(new org.springframework.boot.SpringApplication(),
                new String[0], (org.springframework.context.ConfigurableApplicationContext) context,
                java.time.Duration.ZERO));

        assertThat(countPeople()).isEqualTo(before);
    }

    private long countPeople() {
        PersonProfile organiser = accounts.findByEmail("dana.whitfield@pdhe.example").orElseThrow();
        return actingAs.call(organiser.id(), () -> memberships.countMembers(
                collaboratives.organisedByMe().getFirst().id(), ""));
    }
}
