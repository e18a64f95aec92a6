package org.allteach.calendar.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EventSeriesRepository extends JpaRepository<EventSeries, Long> {
}
