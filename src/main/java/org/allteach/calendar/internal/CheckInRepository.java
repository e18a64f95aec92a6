package org.allteach.calendar.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CheckInRepository extends JpaRepository<CheckIn, Long> {

    Optional<CheckIn> findByCode(String code);

    boolean existsByCode(String code);
}
