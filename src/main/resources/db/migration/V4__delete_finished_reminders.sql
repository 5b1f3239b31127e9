-- A reminder is deleted once it has gone out or been given up (ReminderStore.finish): rows kept as SENT or
-- DROPPED by earlier versions are personal data that /mydata did not show, so they go now rather than
-- at the end of the retention period.
DELETE FROM reminder WHERE status IN ('SENT', 'DROPPED');
