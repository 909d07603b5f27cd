import type { AlertLogStore } from '../alert-log-store.js';
import { type AlertLogRow, toAlertLogEntry } from '../sqlite/sqlite-alert-log-store.js';
import type { PgPool } from './pg-pool.js';

/** The PostgreSQL backend of the alert log. */
export function createPgAlertLogStore(pool: PgPool): AlertLogStore {
  return {
    async get(chatId, storyId) {
      const { rows } = await pool.query<AlertLogRow>('SELECT * FROM alert_log WHERE chat_id = $1 AND story_id = $2', [chatId, storyId]);
      return rows[0] ? toAlertLogEntry(rows[0]) : null;
    },
    async save(entry) {
      await pool.query(
        `INSERT INTO alert_log (chat_id, story_id, topic, told, held, last_alert_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (chat_id, story_id) DO UPDATE SET topic = excluded.topic, told = excluded.told, held = excluded.held, last_alert_at = excluded.last_alert_at`,
        [entry.chatId, entry.storyId, entry.topic, JSON.stringify(entry.told), JSON.stringify(entry.held), entry.lastAlertAt],
      );
    },
    async listHeld(before) {
      const { rows } = await pool.query<AlertLogRow>("SELECT * FROM alert_log WHERE held <> '[]' AND last_alert_at <= $1 ORDER BY last_alert_at", [before]);
      return rows.map(toAlertLogEntry);
    },
  };
}
