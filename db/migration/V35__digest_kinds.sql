-- Digest unsubscribe links name the digest they stop by its own kind (DigestKind: DAILY, WEEKLY, SUMMARY), no longer
-- by the delivery its types were chosen for (the activity summary was stored as IN_APP).
UPDATE notification_unsubscribe
SET digest = CASE digest WHEN 'DAILY_DIGEST' THEN 'DAILY' WHEN 'WEEKLY_DIGEST' THEN 'WEEKLY' ELSE 'SUMMARY' END
WHERE digest IS NOT NULL;
