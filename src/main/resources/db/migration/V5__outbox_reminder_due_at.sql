-- A reminder's messages in the outbox carry the time the reminder was due: a reminder is worth sending for a
-- day after that (ReminderSender.MAX_LATENESS), however late Telegram first refused it, while an answer's age
-- still counts from its first try. NULL for answers, and for rows queued by earlier versions.
ALTER TABLE telegram_outbox ADD COLUMN reminder_due_at TIMESTAMP WITH TIME ZONE;
