import type { OutboxMessage, OutboxStatus, OutboxStore } from '../outbox-store.js';
import { type Row, toRow } from '../sqlite/sqlite-outbox-store.js';
import { inTransaction, type PgPool, type PgQueryable } from './pg-pool.js';

async function add(db: PgQueryable, m: OutboxMessage, at: string): Promise<number> {
  const result = await db.query(
    'INSERT INTO outbox (key, chat_id, kind, text, not_before, created_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (key) DO NOTHING',
    [m.key, m.chatId, m.kind, m.text, m.notBefore, at],
  );
  return result.rowCount ?? 0;
}

/**
 * The PostgreSQL outbox. A claim skips rows another replica's claim has locked
 * (`FOR UPDATE SKIP LOCKED`), so senders on several replicas never take the same row.
 */
export function createPgOutboxStore(pool: PgPool): OutboxStore {
  const run = async (sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rowCount ?? 0;
  return {
    async enqueue(messages, now) {
      const at = now.toISOString();
      return inTransaction(pool, async (client) => {
        let added = 0;
        for (const m of messages) added += await add(client, m, at);
        return added;
      });
    },
    async enqueueDigest(message, digestAt, now) {
      const at = now.toISOString();
      return inTransaction(pool, async (client) => {
        const added = (await add(client, message, at)) > 0;
        await client.query('UPDATE subscribers SET last_digest_at = $1, updated_at = $2 WHERE chat_id = $3', [digestAt.toISOString(), at, message.chatId]);
        return added;
      });
    },
    async claimDue(now, limit) {
      const { rows } = await pool.query<Row>(
        `UPDATE outbox SET status = 'sending' WHERE id IN (
           SELECT id FROM outbox WHERE status = 'pending' AND not_before <= $1 ORDER BY not_before, id LIMIT $2 FOR UPDATE SKIP LOCKED)
         RETURNING *`,
        [now.toISOString(), limit],
      );
      return rows.map(toRow).sort((a, b) => a.id - b.id);
    },
    async markPartSent(id, partsSent) {
      await run('UPDATE outbox SET parts_sent = $1 WHERE id = $2', [partsSent, id]);
    },
    async markSent(id, now, telegramMessageId) {
      await run("UPDATE outbox SET status = 'sent', sent_at = $1, telegram_message_id = $2, attempts = attempts + 1, last_error = NULL WHERE id = $3", [
        now.toISOString(),
        telegramMessageId,
        id,
      ]);
    },
    async retryLater(id, notBefore, reason, countAttempt) {
      await run("UPDATE outbox SET status = 'pending', not_before = $1, last_error = $2, attempts = attempts + $3 WHERE id = $4 AND status = 'sending'", [
        notBefore.toISOString(),
        reason,
        countAttempt ? 1 : 0,
        id,
      ]);
    },
    async markFailed(id, reason) {
      await run("UPDATE outbox SET status = 'failed', last_error = $1, attempts = attempts + 1 WHERE id = $2", [reason, id]);
    },
    async markChatBlocked(chatId, reason) {
      await run("UPDATE outbox SET status = 'blocked', last_error = $1 WHERE chat_id = $2 AND status IN ('pending', 'sending')", [reason, chatId]);
    },
    async moveChat(fromChatId, toChatId) {
      await run("UPDATE outbox SET chat_id = $1 WHERE chat_id = $2 AND status IN ('pending', 'sending')", [toChatId, fromChatId]);
    },
    async enqueueBroadcast(broadcastId, text, now) {
      const at = now.toISOString();
      return run(
        `INSERT INTO outbox (key, chat_id, kind, text, not_before, created_at)
         SELECT 'broadcast:' || $1 || ':' || chat_id, chat_id, 'broadcast', $2, $3, $3 FROM subscribers
         WHERE paused = 0 AND blocked = 0 ORDER BY chat_id
         ON CONFLICT (key) DO NOTHING`,
        [broadcastId, text, at],
      );
    },
    async requeueInFlight() {
      return run("UPDATE outbox SET status = 'pending' WHERE status = 'sending'");
    },
    async counts() {
      const counts: Record<OutboxStatus, number> = { pending: 0, sending: 0, sent: 0, failed: 0, blocked: 0 };
      const { rows } = await pool.query<{ status: OutboxStatus; n: number }>('SELECT status, count(*)::int AS n FROM outbox GROUP BY status');
      for (const { status, n } of rows) counts[status] = n;
      return counts;
    },
    async list(filter) {
      const { rows } = await pool.query<Row>(
        'SELECT * FROM outbox WHERE ($1::bigint IS NULL OR chat_id = $1) AND ($2::text IS NULL OR kind = $2) ORDER BY id',
        [filter.chatId ?? null, filter.kind ?? null],
      );
      return rows.map(toRow);
    },
  };
}
