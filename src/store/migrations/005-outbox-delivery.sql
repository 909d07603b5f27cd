-- What Telegram answered for a delivered row, and how many parts of a split message it has
-- accepted, so a retry resumes after the last accepted part instead of repeating the first ones.
ALTER TABLE outbox ADD COLUMN telegram_message_id INTEGER;
ALTER TABLE outbox ADD COLUMN parts_sent INTEGER NOT NULL DEFAULT 0;
