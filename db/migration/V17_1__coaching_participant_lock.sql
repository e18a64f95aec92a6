-- One row per person who has booked a coaching call: booking, moving and cancelling lock it after the coach's
-- availability row, so the same person cannot end up in two calls at once when two bookings (with different coaches)
-- arrive together.
CREATE TABLE coaching_participant_lock (
    person_id BIGINT NOT NULL PRIMARY KEY,
    CONSTRAINT fk_coaching_participant_lock_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
