-- What the last replies of a conversation leave for the next message (the thing a question was announced about, the
-- buttons last shown, the answer given last), as JSON (store.RecentTurns): kept with the conversation so that
-- the next message may reach another instance, and expired with it. NULL in rows stored before, and when nothing.
ALTER TABLE conversation_state ADD COLUMN recent_json VARCHAR(20000);
