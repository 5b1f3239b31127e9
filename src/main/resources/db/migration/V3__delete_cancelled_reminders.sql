-- Cancelling a reminder now deletes it. Reminders cancelled before kept their row (status CANCELLED)
-- until the retention purge: personal data that /mydata did not show and /forget counted. They go now.
DELETE FROM reminder WHERE status = 'CANCELLED';
