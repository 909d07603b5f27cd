import type { AlertLogEntry, AlertLogStore } from '../alert-log-store.js';
import type { SqliteDatabase } from '../open-database.js';

/** An alert_log row as both backends hold it. */
export interface AlertLogRow {
  chat_id: number | string;
  story_id: string;
  topic: string;
  told: string;
  held: string;
  last_alert_at: string;
}

export const toAlertLogEntry = (row: AlertLogRow): AlertLogEntry => ({
  // PostgreSQL returns bigint as text
  chatId: Number(row.chat_id),
  storyId: row.story_id,
  topic: row.topic,
  told: JSON.parse(row.told) as string[],
  held: JSON.parse(row.held) as string[],
  lastAlertAt: row.last_alert_at,
});

/** The SQLite backend of the alert log. */
export function createSqliteAlertLogStore(db: SqliteDatabase): AlertLogStore {
  const get = db.prepare<[number, string], AlertLogRow>('SELECT * FROM alert_log WHERE chat_id = ? AND story_id = ?');
  const save = db.prepare(
    `INSERT INTO alert_log (chat_id, story_id, topic, told, held, last_alert_at) VALUES (@chatId, @storyId, @topic, @told, @held, @lastAlertAt)
     ON CONFLICT (chat_id, story_id) DO UPDATE SET topic = excluded.topic, told = excluded.told, held = excluded.held, last_alert_at = excluded.last_alert_at`,
  );
  const held = db.prepare<[string], AlertLogRow>("SELECT * FROM alert_log WHERE held <> '[]' AND last_alert_at <= ? ORDER BY last_alert_at");
  return {
    async get(chatId, storyId) {
      const row = get.get(chatId, storyId);
      return row ? toAlertLogEntry(row) : null;
    },
    async save(entry) {
      save.run({ ...entry, told: JSON.stringify(entry.told), held: JSON.stringify(entry.held) });
    },
    async listHeld(before) {
      return held.all(before).map(toAlertLogEntry);
    },
  };
}
