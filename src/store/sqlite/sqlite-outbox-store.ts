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
  lease_owner: string | null;
  lease_until: string | null;
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
  leaseOwner: r.lease_owner,
  leaseUntil: r.lease_until,
});

/**
 * A row is claimable when it is due, its chat's gate has passed, no row of its chat is held, and it
 * is the chat's oldest due row (the contract of OutboxStore.claimDue). Each NOT EXISTS is one probe
 * of an index: outbox_chats' key, outbox_chat_queue (chat_id, status, id).
 */
const CLAIM = `
  UPDATE outbox SET status = 'sending', lease_owner = @owner, lease_until = @until WHERE id IN (
    SELECT o.id FROM outbox o
    WHERE o.status = 'pending' AND o.not_before <= @now
      AND NOT EXISTS (SELECT 1 FROM outbox_chats c WHERE c.chat_id = o.chat_id AND c.next_at > @now)
      AND NOT EXISTS (SELECT 1 FROM outbox s WHERE s.chat_id = o.chat_id AND s.status = 'sending')
      AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.chat_id = o.chat_id AND p.status = 'pending' AND p.id < o.id AND p.not_before <= @now)
    ORDER BY o.not_before, o.id LIMIT @limit)
  RETURNING *`;

/**
 * Group commit: writes asked for in one turn of the event loop go into one transaction, each promise
 * settling when it is committed. At a thousand answers a second this is a few dozen commits, not a
 * thousand; a caller still learns of its write only once it is durable.
 */
function groupCommit(db: SqliteDatabase): (write: () => void) => Promise<void> {
  let batch: Array<{ write: () => void; resolve: () => void; reject: (error: unknown) => void }> = [];
  const commit = db.transaction((writes: typeof batch) => {
    for (const { write } of writes) write();
  });
  const flush = () => {
    const writes = batch;
    batch = [];
    try {
      commit.immediate(writes);
    } catch (error) {
      for (const { reject } of writes) reject(error);
      return;
    }
    for (const { resolve } of writes) resolve();
  };
  return (write) =>
    new Promise<void>((resolve, reject) => {
      if (batch.length === 0) setImmediate(flush);
      batch.push({ write, resolve, reject });
    });
}

/** The SQLite outbox. Writes that read first begin as writers (BEGIN IMMEDIATE) so two processes wait for each other instead of failing. */
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

  const expire = db.prepare<[string]>(
    "UPDATE outbox SET status = 'pending', lease_owner = NULL, lease_until = NULL WHERE status = 'sending' AND (lease_until IS NULL OR lease_until <= ?)",
  );
  const claimRows = db.prepare<[{ now: string; limit: number; owner: string; until: string }], Row>(CLAIM);
  const claim = db.transaction((now: string, limit: number, owner: string, until: string) => {
    expire.run(now);
    return claimRows.all({ now, limit, owner, until });
  });

  const upsertGate = db.prepare<[{ id: number; at: string }]>(
    `INSERT INTO outbox_chats (chat_id, next_at) SELECT chat_id, @at FROM outbox WHERE id = @id
     ON CONFLICT (chat_id) DO UPDATE SET next_at = max(next_at, excluded.next_at)`,
  );
  // by the chat's index: the planner would otherwise walk every pending row due before @at
  const delayChat = db.prepare<[{ id: number; at: string }]>(
    `UPDATE outbox INDEXED BY outbox_chat_queue SET not_before = @at
     WHERE chat_id = (SELECT chat_id FROM outbox WHERE id = @id) AND status = 'pending' AND not_before < @at AND id <> @id`,
  );
  /** The chat of row `id` may not be sent to before `at`; its pending rows say so. */
  const raiseGate = (id: number, at: string) => {
    upsertGate.run({ id, at });
    delayChat.run({ id, at });
  };
  const setPartsSent = db.prepare<[number, number]>('UPDATE outbox SET parts_sent = ? WHERE id = ?');
  const partSent = (id: number, partsSent: number, chatNextAt: string) => {
    setPartsSent.run(partsSent, id);
    raiseGate(id, chatNextAt);
  };
  const setSent = db.prepare<[string, number | null, number]>(
    `UPDATE outbox SET status = 'sent', sent_at = ?, telegram_message_id = ?, attempts = attempts + 1, last_error = NULL, lease_owner = NULL, lease_until = NULL
     WHERE id = ?`,
  );
  const sent = (id: number, at: string, telegramMessageId: number | null, chatNextAt: string) => {
    setSent.run(at, telegramMessageId, id);
    raiseGate(id, chatNextAt);
  };
  const commitMarks = groupCommit(db);
  const setPending = db.prepare<[string, string, number, number]>(
    `UPDATE outbox SET status = 'pending', not_before = ?, last_error = ?, attempts = attempts + ?, lease_owner = NULL, lease_until = NULL
     WHERE id = ? AND status = 'sending'`,
  );
  const retry = db.transaction((id: number, notBefore: string, reason: string, countAttempt: boolean) => {
    if (setPending.run(notBefore, reason, countAttempt ? 1 : 0, id).changes > 0) raiseGate(id, notBefore);
  });
  const move = db.transaction((fromChatId: number, toChatId: number) => {
    db.prepare("UPDATE outbox SET chat_id = ? WHERE chat_id = ? AND status IN ('pending', 'sending')").run(toChatId, fromChatId);
    db.prepare(
      `INSERT INTO outbox_chats (chat_id, next_at) SELECT ?, next_at FROM outbox_chats WHERE chat_id = ?
       ON CONFLICT (chat_id) DO UPDATE SET next_at = max(next_at, excluded.next_at)`,
    ).run(toChatId, fromChatId);
  });

  return {
    async enqueue(messages, now) {
      return enqueueMany(messages, now.toISOString());
    },
    async enqueueDigest(message, digestAt, now) {
      return enqueueDigest(message, digestAt.toISOString(), now.toISOString());
    },
    async claimDue(now, limit, lease) {
      return claim.immediate(now.toISOString(), limit, lease.owner, lease.until.toISOString()).map(toRow).sort((a, b) => a.id - b.id);
    },
    async renewLeases(owner, until) {
      return db.prepare("UPDATE outbox SET lease_until = ? WHERE status = 'sending' AND lease_owner = ?").run(until.toISOString(), owner).changes;
    },
    async releaseLeases(owner) {
      return db.prepare("UPDATE outbox SET status = 'pending', lease_owner = NULL, lease_until = NULL WHERE status = 'sending' AND lease_owner = ?").run(owner)
        .changes;
    },
    markPartSent(id, partsSent, chatNextAt) {
      return commitMarks(() => partSent(id, partsSent, chatNextAt.toISOString()));
    },
    markSent(id, now, telegramMessageId, chatNextAt) {
      return commitMarks(() => sent(id, now.toISOString(), telegramMessageId, chatNextAt.toISOString()));
    },
    async retryLater(id, notBefore, reason, countAttempt) {
      retry.immediate(id, notBefore.toISOString(), reason, countAttempt);
    },
    async markFailed(id, reason) {
      db.prepare("UPDATE outbox SET status = 'failed', last_error = ?, attempts = attempts + 1, lease_owner = NULL, lease_until = NULL WHERE id = ?").run(
        reason,
        id,
      );
    },
    async markChatBlocked(chatId, reason) {
      db.prepare(
        "UPDATE outbox SET status = 'blocked', last_error = ?, lease_owner = NULL, lease_until = NULL WHERE chat_id = ? AND status IN ('pending', 'sending')",
      ).run(reason, chatId);
    },
    async moveChat(fromChatId, toChatId) {
      move.immediate(fromChatId, toChatId);
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
