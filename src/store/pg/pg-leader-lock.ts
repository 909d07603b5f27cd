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
 * `url` with `settings` added to its `options` parameter (a URL's own `options`, such as a
 * search_path, wins over a client's `options` setting in `pg`, so the two are joined in the URL).
 */
function withSessionOptions(url: string, settings: string[]): string {
  const target = new URL(url);
  target.searchParams.set('options', [target.searchParams.get('options'), ...settings].filter(Boolean).join(' '));
  return target.toString();
}

/** How long the lock's session may stay silent before the server ends it (and frees the lock), by default. */
export const DEFAULT_HANG_TIMEOUT_MS = 20_000;

/**
 * The leader lock on PostgreSQL: `pg_try_advisory_lock` on a connection of its own, held for as
 * long as that connection lives. A process that dies (or loses the connection) releases it with
 * the session; `lost` fires then, so the process stops leading too. Called again while held, it
 * checks that the connection still answers.
 *
 * A process that hangs (its event loop blocked, or stopped) keeps its connection open, and the
 * kernel answers its TCP keepalives: the session sets `idle_session_timeout` to `hangTimeoutMs`
 * (PostgreSQL 14+), and the holder sends a heartbeat four times in that time. A hung holder sends
 * none, so the server ends its session and frees the lock; when the process wakes, its next query
 * on the lock's connection fails and `lost` fires.
 */
export function createPgLeaderLock(url: string, options: { schema?: string; hangTimeoutMs?: number } = {}): LeaderLock {
  const hangTimeoutMs = options.hangTimeoutMs ?? DEFAULT_HANG_TIMEOUT_MS;
  let client: pg.Client | null = null;
  let held = false;
  let onLost: ((error: Error) => void) | null = null;
  let heartbeat: NodeJS.Timeout | undefined;
  const drop = (error: Error) => {
    const wasHeld = held;
    held = false;
    client = null;
    clearInterval(heartbeat);
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
        const settings = [...(options.schema ? [`-c search_path=${options.schema}`] : []), ...KEEPALIVE, `-c idle_session_timeout=${hangTimeoutMs}`];
        const fresh = new pg.Client({ connectionString: withSessionOptions(url, settings), query_timeout: 10_000, keepAlive: true, keepAliveInitialDelayMillis: 10_000 });
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
      if (held) {
        onLost = lost;
        const holder = client;
        clearInterval(heartbeat);
        // a failed heartbeat is the connection's 'error' or 'end' (above), or the next check's
        heartbeat = setInterval(() => void holder.query('SELECT 1').catch(() => {}), hangTimeoutMs / 4);
        heartbeat.unref();
      }
      return held;
    },
    async release() {
      const current = client;
      held = false;
      client = null;
      onLost = null;
      clearInterval(heartbeat);
      // ending the session releases the lock
      await current?.end().catch(() => {});
    },
  };
}
