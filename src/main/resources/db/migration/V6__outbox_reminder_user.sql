-- A reminder's messages in the outbox name whose reminder it was and its rule, so that /forget drops them with
-- the rest of the user's data (and forgetting one date drops the reminders about it): the reminder itself is
-- deleted once its messages are queued. NULL for answers. Rows queued by earlier versions get their chat as user,
-- which is the user in a private chat (where reminders are mostly asked for); their rule is not known ('').
ALTER TABLE telegram_outbox ADD COLUMN reminder_user_id VARCHAR(200);
ALTER TABLE telegram_outbox ADD COLUMN reminder_intent VARCHAR(100);
UPDATE telegram_outbox SET reminder_user_id = 'tg:' || CAST(chat_id AS VARCHAR(30)), reminder_intent = ''
    WHERE reminder_due_at IS NOT NULL;
CREATE INDEX telegram_outbox_reminder_user_id ON telegram_outbox (reminder_user_id);
