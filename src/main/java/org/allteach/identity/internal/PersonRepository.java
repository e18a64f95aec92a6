package org.allteach.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByEmail(String email);

    @Query("select p.id from Person p where p.administrator = true order by p.id")
    List<Long> administratorIds();

    List<Person> findByEmailIn(Collection<String> emails);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Person p where p.email = :email")
    Optional<Person> lockByEmail(String email);

    boolean existsByEmail(String email);

    boolean existsByAdministratorTrue();
}
