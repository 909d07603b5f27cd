import type { OutboxMessage, OutboxStatus, OutboxStore } from '../outbox-store.js';
import { type Row, toRow } from '../sqlite/sqlite-outbox-store.js';
import { OUTBOX_CLAIM_LOCK } from './pg-locks.js';
import { inTransaction, type PgClient, type PgPool, type PgQueryable } from './pg-pool.js';

async function add(db: PgQueryable, m: OutboxMessage, at: string): Promise<number> {
  const result = await db.query(
    'INSERT INTO outbox (key, chat_id, kind, text, not_before, created_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (key) DO NOTHING',
    [m.key, m.chatId, m.kind, m.text, m.notBefore, at],
  );
  return result.rowCount ?? 0;
}

/**
 * The contract of OutboxStore.claimDue (see the SQLite one): due, the chat's gate passed, no row of
 * the chat held, the chat's oldest due row. Rows another transaction has locked are skipped.
 */
const CLAIM = `
  UPDATE outbox SET status = 'sending', lease_owner = $3, lease_until = $4 WHERE id IN (
    SELECT o.id FROM outbox o
    WHERE o.status = 'pending' AND o.not_before <= $1
      AND NOT EXISTS (SELECT 1 FROM outbox_chats c WHERE c.chat_id = o.chat_id AND c.next_at > $1)
      AND NOT EXISTS (SELECT 1 FROM outbox s WHERE s.chat_id = o.chat_id AND s.status = 'sending')
      AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.chat_id = o.chat_id AND p.status = 'pending' AND p.id < o.id AND p.not_before <= $1)
    ORDER BY o.not_before, o.id LIMIT $2
    FOR UPDATE OF o SKIP LOCKED)
  RETURNING *`;

/** The chat of row `id` may not be sent to before `at`; its other pending rows say so. */
async function raiseGate(client: PgClient, id: number, at: string): Promise<void> {
  await client.query(
    `INSERT INTO outbox_chats (chat_id, next_at) SELECT chat_id, $2 FROM outbox WHERE id = $1
     ON CONFLICT (chat_id) DO UPDATE SET next_at = greatest(outbox_chats.next_at, excluded.next_at)`,
    [id, at],
  );
  await client.query(
    `UPDATE outbox SET not_before = $2
     WHERE chat_id = (SELECT chat_id FROM outbox WHERE id = $1) AND status = 'pending' AND not_before < $2 AND id <> $1`,
    [id, at],
  );
}

/** Rows queued one transaction at a time after which the outbox is analysed again (a few ms each time). */
export const ANALYSE_AFTER_ROWS = 200;

/**
 * The PostgreSQL outbox, shared by the senders of every replica. Claims run one at a time (an
 * advisory lock per claim transaction: "at most one row per chat held" needs each claim to see the
 * last one's), and skip rows another transaction has locked (`FOR UPDATE SKIP LOCKED`).
 */
export function createPgOutboxStore(pool: PgPool): OutboxStore {
  const run = async (sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rowCount ?? 0;
  // A digest tick or a burst of alerts adds a row per subscriber, one transaction each: the same
  // stale statistics as a broadcast's (see enqueueBroadcast) unless the outbox is analysed as it grows.
  let addedSinceAnalyse = 0;
  const noteAdded = async (added: number) => {
    addedSinceAnalyse += added;
    if (addedSinceAnalyse < ANALYSE_AFTER_ROWS) return;
    addedSinceAnalyse = 0;
    await run('ANALYZE outbox');
  };
  return {
    async enqueue(messages, now) {
      const at = now.toISOString();
      const added = await inTransaction(pool, async (client) => {
        let count = 0;
        for (const m of messages) count += await add(client, m, at);
        return count;
      });
      await noteAdded(added);
      return added;
    },
    async enqueueDigest(message, digestAt, now) {
      const at = now.toISOString();
      const added = await inTransaction(pool, async (client) => {
        const count = await add(client, message, at);
        await client.query('UPDATE subscribers SET last_digest_at = $1, updated_at = $2 WHERE chat_id = $3', [digestAt.toISOString(), at, message.chatId]);
        return count;
      });
      await noteAdded(added);
      return added > 0;
    },
    async claimDue(now, limit, lease) {
      const at = now.toISOString();
      const rows = await inTransaction(pool, async (client) => {
        await client.query('SELECT pg_advisory_xact_lock($1)', [OUTBOX_CLAIM_LOCK]);
        await client.query(
          "UPDATE outbox SET status = 'pending', lease_owner = NULL, lease_until = NULL WHERE status = 'sending' AND (lease_until IS NULL OR lease_until <= $1)",
          [at],
        );
        return (await client.query<Row>(CLAIM, [at, limit, lease.owner, lease.until.toISOString()])).rows;
      });
      return rows.map(toRow).sort((a, b) => a.id - b.id);
    },
    async renewLeases(owner, until) {
      return run("UPDATE outbox SET lease_until = $1 WHERE status = 'sending' AND lease_owner = $2", [until.toISOString(), owner]);
    },
    async releaseLeases(owner) {
      return run("UPDATE outbox SET status = 'pending', lease_owner = NULL, lease_until = NULL WHERE status = 'sending' AND lease_owner = $1", [owner]);
    },
    async markPartSent(id, partsSent, chatNextAt) {
      await inTransaction(pool, async (client) => {
        await client.query('UPDATE outbox SET parts_sent = $1 WHERE id = $2', [partsSent, id]);
        await raiseGate(client, id, chatNextAt.toISOString());
      });
    },
    async markSent(id, now, telegramMessageId, chatNextAt) {
      await inTransaction(pool, async (client) => {
        await client.query(
          `UPDATE outbox SET status = 'sent', sent_at = $1, telegram_message_id = $2, attempts = attempts + 1, last_error = NULL,
             lease_owner = NULL, lease_until = NULL WHERE id = $3`,
          [now.toISOString(), telegramMessageId, id],
        );
        await raiseGate(client, id, chatNextAt.toISOString());
      });
    },
    async retryLater(id, notBefore, reason, countAttempt) {
      await inTransaction(pool, async (client) => {
        const moved = await client.query(
          `UPDATE outbox SET status = 'pending', not_before = $1, last_error = $2, attempts = attempts + $3, lease_owner = NULL, lease_until = NULL
           WHERE id = $4 AND status = 'sending'`,
          [notBefore.toISOString(), reason, countAttempt ? 1 : 0, id],
        );
        if ((moved.rowCount ?? 0) > 0) await raiseGate(client, id, notBefore.toISOString());
      });
    },
    async markFailed(id, reason) {
      await run("UPDATE outbox SET status = 'failed', last_error = $1, attempts = attempts + 1, lease_owner = NULL, lease_until = NULL WHERE id = $2", [
        reason,
        id,
      ]);
    },
    async markChatBlocked(chatId, reason) {
      await run(
        "UPDATE outbox SET status = 'blocked', last_error = $1, lease_owner = NULL, lease_until = NULL WHERE chat_id = $2 AND status IN ('pending', 'sending')",
        [reason, chatId],
      );
    },
    async moveChat(fromChatId, toChatId) {
      await inTransaction(pool, async (client) => {
        await client.query("UPDATE outbox SET chat_id = $1 WHERE chat_id = $2 AND status IN ('pending', 'sending')", [toChatId, fromChatId]);
        await client.query(
          `INSERT INTO outbox_chats (chat_id, next_at) SELECT $1, next_at FROM outbox_chats WHERE chat_id = $2
           ON CONFLICT (chat_id) DO UPDATE SET next_at = greatest(outbox_chats.next_at, excluded.next_at)`,
          [toChatId, fromChatId],
        );
      });
    },
    async enqueueBroadcast(broadcastId, text, now) {
      const at = now.toISOString();
      const added = await run(
        `INSERT INTO outbox (key, chat_id, kind, text, not_before, created_at)
         SELECT 'broadcast:' || $1 || ':' || chat_id, chat_id, 'broadcast', $2, $3, $3 FROM subscribers
         WHERE paused = 0 AND blocked = 0 ORDER BY chat_id
         ON CONFLICT (key) DO NOTHING`,
        [broadcastId, text, at],
      );
      // A broadcast adds a row per subscriber at once: with the statistics of the smaller table
      // (autovacuum analyses it a minute or more later) the claim's anti-joins were planned as nested
      // loops, about 1 s a claim over 2,000 rows; fresh statistics make it milliseconds.
      if (added > 0) await run('ANALYZE outbox');
      return added;
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
