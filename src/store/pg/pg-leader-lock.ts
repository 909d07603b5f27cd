import pg from 'pg';
import type { LeaderLock } from '../leader-lock.js';

/**
 * First key of the leader lock; the second is the hash of the store's schema (of the search_path
 * before the schema exists): one leader per store, not per server.
 */
const LEADER_LOCK_CLASS = 0x77626c64; // 'wbld'
/** Session settings of the lock's connection (any user may set them). */
const KEEPALIVE = ['-c tcp_keepalives_idle=10', '-c tcp_keepalives_interval=5', '-c tcp_keepalives_count=3'];

/**
 * The leader lock on PostgreSQL: `pg_try_advisory_lock` on a connection of its own, held for as
 * long as that connection lives. A process that dies (or loses the connection) releases it with
 * the session; `lost` fires then, so the process stops leading too. Called again while held, it
 * checks that the connection still answers.
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
      if (held && client) {
        // still leading: the connection must answer, or the lock is given up (a server that lost
        // us frees it within its keepalive time, below, and another replica takes over)
        const current = client;
        try {
          await current.query('SELECT 1');
          return true;
        } catch (error) {
          if (client === current) drop(error as Error);
          await current.end().catch(() => {});
          throw error;
        }
      }
      if (!client) {
        // The server notices a leader host that vanished (no FIN) by TCP keepalive: 10 s idle, then
        // 3 probes 5 s apart, ~25 s. A check that gets no answer in 10 s gives the lock up here.
        const settings = [...(options.schema ? [`-c search_path=${options.schema}`] : []), ...KEEPALIVE].join(' ');
        const fresh = new pg.Client({ connectionString: url, options: settings, query_timeout: 10_000, keepAlive: true, keepAliveInitialDelayMillis: 10_000 });
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
