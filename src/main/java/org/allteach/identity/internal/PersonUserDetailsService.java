package org.allteach.identity.internal;

import java.util.ArrayList;
import java.util.List;

import org.allteach.identity.AuthorityContributor;
import org.allteach.identity.Roles;
import org.allteach.shared.EmailAddress;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads a person for sign-in, with the roles every feature contributes. */
@Service
class PersonUserDetailsService implements UserDetailsService {

    private final PersonRepository people;
    private final List<AuthorityContributor> contributors;

    PersonUserDetailsService(PersonRepository people, List<AuthorityContributor> contributors) {
        this.people = people;
        this.contributors = contributors;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Person person = people.findByEmail(EmailAddress.normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such person"));
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_MEMBER"));
        if (person.isAdministrator()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN));
        }
        for (AuthorityContributor contributor : contributors) {
            contributor.rolesOf(person.getId()).forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        }
        return new PersonPrincipal(person.getId(), person.getEmail(), person.getPasswordHash(), authorities);
    }
}
