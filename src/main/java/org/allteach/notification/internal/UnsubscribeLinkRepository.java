package org.allteach.notification.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UnsubscribeLinkRepository extends JpaRepository<UnsubscribeLink, String> {
}
