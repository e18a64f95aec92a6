package org.allteach.coaching.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BookingLinkRepository extends JpaRepository<BookingLink, Long> {

    Optional<BookingLink> findByTokenHash(String tokenHash);
}
