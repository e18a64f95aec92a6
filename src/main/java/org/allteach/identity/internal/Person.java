package org.allteach.identity.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.allteach.identity.PersonProfile;
import org.allteach.identity.Profession;

@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "time_zone")
    private String timeZone;

    private String locale;

    @Enumerated(EnumType.STRING)
    private Profession profession;

    private String credentials;

    @Column(name = "password_hash")
    private String passwordHash;

    private boolean administrator;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Person() {
    }

    public Person(String email, String displayName, ZoneId timeZone, Locale locale, String passwordHash,
                  Instant now) {
        this.email = email;
        this.displayName = displayName;
        this.timeZone = timeZone.getId();
        this.locale = locale.toLanguageTag();
        this.passwordHash = passwordHash;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void changeProfile(String displayName, ZoneId timeZone, Locale locale, Instant now) {
        this.displayName = displayName;
        this.timeZone = timeZone.getId();
        this.locale = locale.toLanguageTag();
        this.updatedAt = now;
    }

    public void changeProfessionalDetails(Profession profession, String credentials, Instant now) {
        this.profession = profession;
        this.credentials = credentials;
        this.updatedAt = now;
    }

    public void changePasswordHash(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.updatedAt = now;
    }

    public void makeAdministrator(Instant now) {
        this.administrator = true;
        this.updatedAt = now;
    }

    public PersonProfile toProfile() {
        return new PersonProfile(id, email, displayName, ZoneId.of(timeZone), Locale.forLanguageTag(locale),
                administrator, createdAt, profession, credentials);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isAdministrator() {
        return administrator;
    }
}
