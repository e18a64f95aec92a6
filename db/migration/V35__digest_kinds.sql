-- Digest unsubscribe links name the digest they stop by its own kind (DigestKind: DAILY, WEEKLY, SUMMARY), no longer
-- by the delivery its types were chosen for (the activity summary was stored as IN_APP).
UPDATE notification_unsubscribe SET digest = 'DAILY' WHERE digest = 'DAILY_DIGEST';
UPDATE notification_unsubscribe SET digest = 'WEEKLY' WHERE digest = 'WEEKLY_DIGEST';
UPDATE notification_unsubscribe SET digest = 'SUMMARY' WHERE digest = 'IN_APP';
