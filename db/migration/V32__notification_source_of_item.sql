-- The source event that made each bell item, so a feature can blank the excerpt of something that was hidden or
-- withdrawn after people were told (a post hidden for patient information must not go out in a later digest).
ALTER TABLE notification ADD COLUMN source_key VARCHAR(200) NULL AFTER link;
CREATE INDEX ix_notification_source_key ON notification (source_key);
CREATE INDEX ix_notification_group_key ON notification (group_key);
