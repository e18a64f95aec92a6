-- The nightly housekeeping (NotificationHousekeeping) deletes what has served its purpose by age: read bell items,
-- sent and cancelled mail, past digest ledger rows, old unsubscribe links and source keys. Each delete reads one of
-- these indexes instead of the whole table.
CREATE INDEX ix_notification_read ON notification (read_at);
CREATE INDEX ix_notification_source_created ON notification_source (created_at);
CREATE INDEX ix_notification_digest_created ON notification_digest (created_at);
CREATE INDEX ix_notification_unsubscribe_created ON notification_unsubscribe (created_at);
CREATE INDEX ix_outbox_email_done ON outbox_email (status, created_at);
