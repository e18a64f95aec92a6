package org.allteach.identity.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security holds it: the id is what services use. */
public final class PersonPrincipal implements UserDetails, CredentialsContainer {

    private final long personId;
    private final String email;
    private String passwordHash;
    private final List<GrantedAuthority> authorities;

    PersonPrincipal(long personId, String email, String passwordHash, List<GrantedAuthority> authorities) {
        this.personId = personId;
        this.email = email;
        this.passwordHash = passwordHash;
        this.authorities = List.copyOf(authorities);
    }

    public long personId() {
        return personId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        // An invited person without a password yet cannot sign in.
        return passwordHash != null;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    /** One person, however many sessions: the session registry groups sessions by principal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PersonPrincipal principal && principal.personId == personId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(personId);
    }
}
