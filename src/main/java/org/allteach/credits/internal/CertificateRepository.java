package org.allteach.credits.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByVerificationCode(String verificationCode);

    List<Certificate> findByPersonIdOrderByIssuedOnDescIdDesc(long personId);

    Optional<Certificate> findByIdAndPersonId(long id, long personId);
}
