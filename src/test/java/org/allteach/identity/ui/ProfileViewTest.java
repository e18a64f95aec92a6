package org.allteach.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.allteach.identity.Accounts;
import org.allteach.identity.ActingAs;
import org.allteach.shared.ui.TimeZoneSelect;
import org.allteach.support.AllTeachTest;
import org.allteach.support.Scenarios;
import org.allteach.support.Scenarios.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The profile form without a browser: messages next to fields, nothing typed lost. */
@AllTeachTest
class ProfileViewTest extends SpringBrowserlessTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    ActingAs actingAs;
    @Autowired
    Accounts accounts;

    @Test
    void anEmptyNameIsRefusedNextToTheFieldAndTheOtherChoicesStay() {
        Person person = scenarios.newPerson("Fatima Siddiqui");
        actingAs.run(person.id(), () -> {
            ProfileView view = navigate(ProfileView.class);
            test(view.displayName).setValue("   ");
            test(view.timeZone).selectItem(TimeZoneSelect.describe(ZoneId.of("America/Denver")));
            test(view.saveProfile).click();

            assertThat(view.displayName.isInvalid()).isTrue();
            assertThat(view.displayName.getErrorMessage()).isEqualTo("Enter your name as colleagues should see it.");
            assertThat(view.timeZone.getValue()).isEqualTo(ZoneId.of("America/Denver"));
        });
        assertThat(accounts.profile(person.id()).displayName()).isEqualTo("Fatima Siddiqui");
    }

    @Test
    void aMismatchedConfirmationIsCaughtBeforeAnythingChanges() {
        Person person = scenarios.newPerson("Tomas Reyes");
        actingAs.run(person.id(), () -> {
            ProfileView view = navigate(ProfileView.class);
            test(view.currentPassword).setValue(Scenarios.PASSWORD);
            test(view.newPassword).setValue("quiet-meadow-falcon-31");
            test(view.confirmation).setValue("quiet-meadow-falcon-13");
            test(view.changePassword).click();

            assertThat(view.confirmation.getErrorMessage()).isEqualTo("The two passwords are not the same.");
            assertThat(view.newPassword.getValue()).isEqualTo("quiet-meadow-falcon-31");
        });
    }
}
