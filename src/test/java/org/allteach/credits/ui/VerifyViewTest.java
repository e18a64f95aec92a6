package org.allteach.credits.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.allteach.calendar.Attendance;
import org.allteach.calendar.Events;
import org.allteach.credits.ClaimedCredit;
import org.allteach.credits.CreditActivities;
import org.allteach.credits.CreditClaims;
import org.allteach.credits.CreditFixtures;
import org.allteach.credits.CreditType;
import org.allteach.identity.Accounts;
import org.allteach.identity.ActingAs;
import org.allteach.support.AllTeachTest;
import org.allteach.support.Scenarios;
import org.allteach.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public verification page: a certificate's code shows who earned what; a forged code shows nothing. */
@AllTeachTest
class VerifyViewTest extends SpringBrowserlessTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    ActingAs actingAs;
    @Autowired
    TestClock clock;
    @Autowired
    Events events;
    @Autowired
    Attendance attendance;
    @Autowired
    CreditActivities activities;
    @Autowired
    CreditClaims claims;
    @Autowired
    Accounts accounts;
    @LocalServerPort
    int port;

    CreditFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CreditFixtures(scenarios, actingAs, clock, events, attendance, activities, claims, accounts);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aValidCodeShowsOnlyTheNameActivityDatesAndCredit() {
        CreditFixtures.Planned planned = fixtures.attended(90);
        fixtures.claimed(planned, CreditType.AMA_PRA_CATEGORY_1, new BigDecimal("1.5"));
        ClaimedCredit credit = actingAs.call(planned.scenario().participantA().id(), () -> claims.myCredits())
                .getFirst();

        VerifyView view = navigate("verify/" + credit.verificationCode().toLowerCase(), VerifyView.class);

        String shown = view.result.getElement().getTextRecursively();
        assertThat(shown).startsWith("Valid certificate")
                .contains(planned.scenario().participantA().name() + ", MD")
                .contains("Learning Session 2")
                .contains("1.5 \u00d7 AMA PRA Category 1 Credit\u2122")
                .doesNotContain(planned.scenario().participantA().email())
                .doesNotContain("Lakeside");
        assertThat(view.code.getValue()).isEqualTo(credit.verificationCode().toLowerCase());
    }

    @Test
    void aForgedOrMistypedCodeIsNotACertificate() {
        VerifyView view = navigate("verify/AT-7K3Q-9XPM-2D", VerifyView.class);
        assertThat(view.result.getElement().getTextRecursively()).startsWith("No certificate has this code");

        test(view.code).setValue("not a code");
        test(view.check).click();
        VerifyView typed = (VerifyView) getCurrentView();
        assertThat(typed.result.getElement().getTextRecursively()).startsWith("No certificate has this code");
    }

    @Test
    void thePageOpensWithoutSigningIn() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> verify = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/verify/AT-7K3Q-9XPM-2D")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(verify.statusCode()).isEqualTo(200);
    }
}
