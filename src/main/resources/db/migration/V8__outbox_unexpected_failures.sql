-- How often a queued message failed with no Telegram error (a bug, a message the client library will not build):
-- after three it is tried once as plain text, then dropped (telegram.UnexpectedFailures). Kept with the row, so
-- that a restart or another instance sharing the database goes on counting instead of starting again, and a
-- message that always fails is not tried for ever. Rows queued before count from 0.
ALTER TABLE telegram_outbox ADD COLUMN unexpected_failures INTEGER DEFAULT 0 NOT NULL;
