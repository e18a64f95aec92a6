package org.allteach.measures.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MeasureSettingsRepository extends JpaRepository<MeasureSettings, Long> {
}
