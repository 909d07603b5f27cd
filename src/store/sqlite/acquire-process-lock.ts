import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Clock } from '../../clock.js';
import { StoreError } from '../../errors.js';
import type { SqliteDatabase } from '../open-database.js';

interface Holder {
  token: string;
  pid: number;
  host: string;
  started_at: string;
  heartbeat_at: string;
}

export interface ProcessLockOptions {
  clock: Clock;
  /** how often the holder proves it lives */
  heartbeatMs?: number;
  /** a holder silent this long is stale, wherever it runs */
  staleMs?: number;
  /** whether a process of this host is running (tests may pass their own) */
  isRunning?: (pid: number) => boolean;
}

/** A held process lock: the stale holder it replaced (to log), and how to let it go. */
export interface ProcessLock {
  replaced: { pid: number; host: string } | null;
  release(): void;
}

/** Whether `pid` names a running process on this host (EPERM: it runs, as another user). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the lock `name` on the SQLite store at `storePath`, or throws a StoreError naming the store
 * and the process holding it (pid, host, since when). A holder is stale, and replaced, when its
 * heartbeat is older than `staleMs`, or when it ran on this host and its pid is gone (or is ours: a
 * restarted container reuses pid 1). While held, the heartbeat is beaten every `heartbeatMs`.
 */
export function acquireProcessLock(db: SqliteDatabase, storePath: string, name: string, options: ProcessLockOptions): ProcessLock {
  const { clock, heartbeatMs = 10_000, staleMs = 60_000, isRunning: running = isRunning } = options;
  const token = randomBytes(8).toString('hex');
  const host = hostname();
  const stale = (holder: Holder, now: number) =>
    now - Date.parse(holder.heartbeat_at) > staleMs || (holder.host === host && (holder.pid === process.pid || !running(holder.pid)));

  const take = db.transaction((now: Date): Holder | null => {
    const holder = db.prepare<[string], Holder>('SELECT token, pid, host, started_at, heartbeat_at FROM process_locks WHERE name = ?').get(name);
    if (holder && !stale(holder, now.getTime())) {
      throw new StoreError(
        `the store at ${storePath} is in use by another \`wirebrief ${name}\` (pid ${holder.pid} on host ${holder.host}, since ${holder.started_at}); ` +
          'stop that process first, or give this one another --db',
        { path: storePath, pid: holder.pid, host: holder.host },
      );
    }
    const at = now.toISOString();
    db.prepare('INSERT OR REPLACE INTO process_locks (name, token, pid, host, started_at, heartbeat_at) VALUES (?, ?, ?, ?, ?, ?)').run(name, token, process.pid, host, at, at);
    return holder ?? null;
  });
  const replaced = take.immediate(clock.now());

  const beat = db.prepare<[string, string, string]>('UPDATE process_locks SET heartbeat_at = ? WHERE name = ? AND token = ?');
  const timer = setInterval(() => {
    try {
      beat.run(clock.now().toISOString(), name, token);
    } catch {
      // a busy store skips one beat; staleness allows several
    }
  }, heartbeatMs);
  timer.unref();
  return {
    /** the stale holder this lock replaced, if any (to log) */
    replaced: replaced ? { pid: replaced.pid, host: replaced.host } : null,
    release(): void {
      clearInterval(timer);
      db.prepare('DELETE FROM process_locks WHERE name = ? AND token = ?').run(name, token);
    },
  };
}
