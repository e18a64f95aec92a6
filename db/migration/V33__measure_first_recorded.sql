-- When a team first reported a value, kept apart from recorded_at (its last save): a month reported on time and
-- corrected after its deadline is still on time for the organisers' dashboard.
ALTER TABLE measure_value ADD COLUMN first_recorded_at DATETIME(6) NULL AFTER recorded_at;
UPDATE measure_value SET first_recorded_at = recorded_at;
ALTER TABLE measure_value MODIFY first_recorded_at DATETIME(6) NOT NULL;
