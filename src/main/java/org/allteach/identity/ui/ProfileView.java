package org.allteach.identity.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.allteach.identity.Accounts;
import org.allteach.identity.PersonProfile;
import org.allteach.identity.Profession;
import org.allteach.shared.ui.FieldErrors;
import org.allteach.shared.ui.ProfileSection;
import org.allteach.shared.ui.TimeZoneSelect;

/**
 * A person's own profile: name, time zone, language and region, profession and credentials, what features add
 * ({@link ProfileSection}: the roles they held in collaboratives that have ended), password.
 */
@Route("profile")
@PageTitle("Your profile · AllTeach")
@PermitAll
class ProfileView extends Main {

    /** The languages and regions the portal formats dates and numbers for. */
    static final List<Locale> LOCALES = List.of(Locale.US, Locale.CANADA, Locale.UK,
            Locale.forLanguageTag("es-US"), Locale.forLanguageTag("es-MX"), Locale.CANADA_FRENCH);

    private final Accounts accounts;

    final TextField displayName = new TextField("Name");
    final TextField email = new TextField("Email");
    final TimeZoneSelect timeZone = new TimeZoneSelect("Time zone");
    final ComboBox<Locale> locale = new ComboBox<>("Language and region");
    final Button saveProfile = new Button("Save profile");

    final ComboBox<Profession> profession = new ComboBox<>("Profession");
    final TextField credentials = new TextField("Credentials");
    final Button saveProfessionalDetails = new Button("Save profession");

    final PasswordField currentPassword = new PasswordField("Current password");
    final PasswordField newPassword = PasswordFields.newPassword("New password");
    final PasswordField confirmation = new PasswordField("Repeat the new password");
    final Button changePassword = new Button("Change password");

    ProfileView(Accounts accounts, List<ProfileSection> featureSections) {
        this.accounts = accounts;
        addClassName("page");
        add(new H1("Your profile"));
        add(profileSection(), professionSection());
        featureSections.forEach(section -> section.create().ifPresent(this::add));
        add(passwordSection());
        show(accounts.myProfile());
    }

    private Section profileSection() {
        displayName.setMaxLength(120);
        displayName.setRequiredIndicatorVisible(true);
        displayName.setHelperText("As colleagues in your collaborative will see it.");
        email.setReadOnly(true);
        email.setHelperText("The address you sign in with and receive invitations and reminders at.");
        timeZone.setHelperText("Sessions and coaching calls are shown in this time zone.");
        locale.setItems(LOCALES);
        locale.setItemLabelGenerator(item -> item.getDisplayName(item));
        saveProfile.addThemeVariants(ButtonVariant.PRIMARY);
        saveProfile.addClickListener(click -> saveProfile());
        FormLayout form = new FormLayout(displayName, email, timeZone, locale);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        Section section = new Section(new H2("Profile"), form, saveProfile);
        section.addClassName("card");
        return section;
    }

    private Section professionSection() {
        profession.setItems(Profession.values());
        profession.setItemLabelGenerator(Profession::label);
        profession.setRequiredIndicatorVisible(true);
        profession.setHelperText("Decides which continuing-education credit you may claim.");
        credentials.setMaxLength(80);
        credentials.setPlaceholder("MD, MPH");
        credentials.setHelperText("Printed after your name on certificates.");
        saveProfessionalDetails.addClickListener(click -> saveProfessionalDetails());
        FormLayout form = new FormLayout(profession, credentials);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        Section section = new Section(new H2("Profession and credentials"), form, saveProfessionalDetails);
        section.addClassName("card");
        return section;
    }

    private Section passwordSection() {
        currentPassword.getElement().setAttribute("autocomplete", "current-password");
        confirmation.getElement().setAttribute("autocomplete", "new-password");
        changePassword.addClickListener(click -> changePassword());
        FormLayout form = new FormLayout(currentPassword, newPassword, confirmation);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        Section section = new Section(new H2("Password"),
                new Paragraph("Choose a password you do not use anywhere else."), form, changePassword);
        section.addClassName("card");
        return section;
    }

    private void show(PersonProfile profile) {
        displayName.setValue(profile.displayName());
        email.setValue(profile.email());
        timeZone.setValue(profile.timeZone());
        locale.setValue(LOCALES.contains(profile.locale()) ? profile.locale() : Locale.US);
        profession.setValue(profile.profession());
        credentials.setValue(profile.credentials() == null ? "" : profile.credentials());
    }

    private void saveProfile() {
        Map<String, HasValidation> fields = Map.of("displayName", displayName, "timeZone", timeZone, "locale", locale);
        FieldErrors.clear(fields);
        FieldErrors.submit(fields, () -> {
            show(accounts.updateMyProfile(displayName.getValue(), timeZone.getValue(), locale.getValue()));
            FieldErrors.Notifications.success("Profile saved.");
        });
    }

    private void saveProfessionalDetails() {
        Map<String, HasValidation> fields = Map.of("profession", profession, "credentials", credentials);
        FieldErrors.clear(fields);
        FieldErrors.submit(fields, () -> {
            PersonProfile saved = accounts.updateMyProfessionalDetails(profession.getValue(), credentials.getValue());
            profession.setValue(saved.profession());
            credentials.setValue(saved.credentials() == null ? "" : saved.credentials());
            FieldErrors.Notifications.success("Profession saved.");
        });
    }

    private void changePassword() {
        Map<String, HasValidation> fields = Map.of("currentPassword", currentPassword, "newPassword", newPassword,
                "confirmation", confirmation);
        FieldErrors.clear(fields);
        if (!FieldErrors.confirmMatches(newPassword, confirmation)) {
            return;
        }
        FieldErrors.submit(fields, () -> {
            accounts.changeMyPassword(currentPassword.getValue(), newPassword.getValue());
            currentPassword.clear();
            newPassword.clear();
            confirmation.clear();
            FieldErrors.Notifications.success("Password changed.");
        });
    }
}
