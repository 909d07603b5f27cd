import pg from 'pg';
import type { LeaderLock } from '../leader-lock.js';

/**
 * First key of the leader lock; the second is the hash of the store's schema (of the search_path
 * before the schema exists): one leader per store, not per server.
 */
const LEADER_LOCK_CLASS = 0x77626c64; // 'wbld'

/**
 * The leader lock on PostgreSQL: `pg_try_advisory_lock` on a connection of its own, held for as
 * long as that connection lives. A process that dies (or loses the connection) releases it with
 * the session; `lost` fires then, so the process stops leading too.
 */
export function createPgLeaderLock(url: string, options: { schema?: string } = {}): LeaderLock {
  let client: pg.Client | null = null;
  let held = false;
  let onLost: ((error: Error) => void) | null = null;
  const drop = (error: Error) => {
    const wasHeld = held;
    held = false;
    client = null;
    if (wasHeld) onLost?.(error);
  };
  return {
    async tryAcquire(lost) {
      if (held) return true;
      if (!client) {
        const fresh = new pg.Client({ connectionString: url, ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}) });
        fresh.on('error', (error) => {
          if (client === fresh) drop(error);
        });
        fresh.on('end', () => {
          if (client === fresh) drop(new Error('the leader lock connection closed'));
        });
        client = fresh;
        try {
          await fresh.connect();
        } catch (error) {
          client = null;
          throw error;
        }
      }
      const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, hashtext(coalesce(current_schema(), current_setting($2)))) AS locked', [LEADER_LOCK_CLASS, 'search_path']);
      held = rows[0]?.locked === true;
      if (held) onLost = lost;
      return held;
    },
    async release() {
      const current = client;
      held = false;
      client = null;
      onLost = null;
      // ending the session releases the lock
      await current?.end().catch(() => {});
    },
  };
}
