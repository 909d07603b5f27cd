import type { SqliteDatabase } from '../open-database.js';
import type { OutboxMessage, OutboxRow, OutboxStatus, OutboxStore } from '../outbox-store.js';

/** An outbox row as both backends return it. */
export interface Row {
  id: number;
  key: string;
  chat_id: number;
  kind: OutboxRow['kind'];
  text: string;
  status: OutboxStatus;
  attempts: number;
  not_before: string;
  last_error: string | null;
  parts_sent: number;
  sent_at: string | null;
  telegram_message_id: number | null;
}

export const toRow = (r: Row): OutboxRow => ({
  id: r.id,
  key: r.key,
  chatId: r.chat_id,
  kind: r.kind,
  text: r.text,
  status: r.status,
  attempts: r.attempts,
  notBefore: r.not_before,
  lastError: r.last_error,
  partsSent: r.parts_sent,
  sentAt: r.sent_at,
  telegramMessageId: r.telegram_message_id,
});

/** The SQLite outbox. */
export function createSqliteOutboxStore(db: SqliteDatabase): OutboxStore {
  const insert = db.prepare<[string, number, string, string, string, string]>(
    `INSERT INTO outbox (key, chat_id, kind, text, not_before, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING`,
  );
  const add = (m: OutboxMessage, at: string) => insert.run(m.key, m.chatId, m.kind, m.text, m.notBefore, at).changes;
  const enqueueMany = db.transaction((messages: OutboxMessage[], at: string) => messages.reduce((n, m) => n + add(m, at), 0));
  const enqueueDigest = db.transaction((message: OutboxMessage, digestAt: string, at: string) => {
    const added = add(message, at) > 0;
    db.prepare('UPDATE subscribers SET last_digest_at = ?, updated_at = ? WHERE chat_id = ?').run(digestAt, at, message.chatId);
    return added;
  });
  const claim = db.prepare<[string, number], Row>(
    `UPDATE outbox SET status = 'sending' WHERE id IN (
       SELECT id FROM outbox WHERE status = 'pending' AND not_before <= ? ORDER BY not_before, id LIMIT ?)
     RETURNING *`,
  );
  return {
    async enqueue(messages, now) {
      return enqueueMany(messages, now.toISOString());
    },
    async enqueueDigest(message, digestAt, now) {
      return enqueueDigest(message, digestAt.toISOString(), now.toISOString());
    },
    async claimDue(now, limit) {
      return claim.all(now.toISOString(), limit).map(toRow).sort((a, b) => a.id - b.id);
    },
    async markPartSent(id, partsSent) {
      db.prepare('UPDATE outbox SET parts_sent = ? WHERE id = ?').run(partsSent, id);
    },
    async markSent(id, now, telegramMessageId) {
      db.prepare("UPDATE outbox SET status = 'sent', sent_at = ?, telegram_message_id = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?").run(
        now.toISOString(),
        telegramMessageId,
        id,
      );
    },
    async retryLater(id, notBefore, reason, countAttempt) {
      db.prepare(`UPDATE outbox SET status = 'pending', not_before = ?, last_error = ?, attempts = attempts + ? WHERE id = ? AND status = 'sending'`).run(
        notBefore.toISOString(),
        reason,
        countAttempt ? 1 : 0,
        id,
      );
    },
    async markFailed(id, reason) {
      db.prepare("UPDATE outbox SET status = 'failed', last_error = ?, attempts = attempts + 1 WHERE id = ?").run(reason, id);
    },
    async markChatBlocked(chatId, reason) {
      db.prepare("UPDATE outbox SET status = 'blocked', last_error = ? WHERE chat_id = ? AND status IN ('pending', 'sending')").run(reason, chatId);
    },
    async moveChat(fromChatId, toChatId) {
      db.prepare("UPDATE outbox SET chat_id = ? WHERE chat_id = ? AND status IN ('pending', 'sending')").run(toChatId, fromChatId);
    },
    async enqueueBroadcast(broadcastId, text, now) {
      const at = now.toISOString();
      return db
        .prepare(
          `INSERT INTO outbox (key, chat_id, kind, text, not_before, created_at)
           SELECT 'broadcast:' || @id || ':' || chat_id, chat_id, 'broadcast', @text, @at, @at FROM subscribers
           WHERE paused = 0 AND blocked = 0 ORDER BY chat_id
           ON CONFLICT (key) DO NOTHING`,
        )
        .run({ id: broadcastId, text, at }).changes;
    },
    async requeueInFlight() {
      return db.prepare("UPDATE outbox SET status = 'pending' WHERE status = 'sending'").run().changes;
    },
    async counts() {
      const counts: Record<OutboxStatus, number> = { pending: 0, sending: 0, sent: 0, failed: 0, blocked: 0 };
      for (const { status, n } of db.prepare<[], { status: OutboxStatus; n: number }>('SELECT status, count(*) AS n FROM outbox GROUP BY status').all()) {
        counts[status] = n;
      }
      return counts;
    },
    async list(filter) {
      return db
        .prepare<[{ chat: number | null; kind: string | null }], Row>(
          'SELECT * FROM outbox WHERE (@chat IS NULL OR chat_id = @chat) AND (@kind IS NULL OR kind = @kind) ORDER BY id',
        )
        .all({ chat: filter.chatId ?? null, kind: filter.kind ?? null })
        .map(toRow);
    },
  };
}
