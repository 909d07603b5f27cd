import { StoreError } from '../errors.js';
import type { AlertLogStore } from './alert-log-store.js';
import type { DispatchStore } from './dispatch-store.js';
import type { FeedStore } from './feed-store.js';
import type { LeaderLock } from './leader-lock.js';
import { openDatabase } from './open-database.js';
import type { OpenStoreOptions } from './reindex-report.js';
import { reindexSqliteStore } from './sqlite/reindex-sqlite-store.js';
import { acquireProcessLock, type ProcessLock, type ProcessLockOptions } from './sqlite/acquire-process-lock.js';
import { createSqliteAlertLogStore } from './sqlite/sqlite-alert-log-store.js';
import { createSqliteDispatchStore } from './sqlite/sqlite-dispatch-store.js';
import { createSqliteFeedStore } from './sqlite/sqlite-feed-store.js';
import { createSqliteOutboxStore } from './sqlite/sqlite-outbox-store.js';
import type { OutboxStore } from './outbox-store.js';
import { createSqliteSubscriberStore } from './sqlite/sqlite-subscriber-store.js';
import { createSqliteStoreTransfer } from './sqlite/sqlite-store-transfer.js';
import { createSqliteSummaryCache } from './sqlite/sqlite-summary-cache.js';
import type { StoreTransfer } from './store-transfer.js';
import type { SummaryCache } from './summary-cache.js';
import type { SubscriberStore } from './subscriber-store.js';

/** Every store the app uses, on one database. */
export interface Stores {
  dispatches: DispatchStore;
  subscribers: SubscriberStore;
  feeds: FeedStore;
  summaries: SummaryCache;
  outbox: OutboxStore;
  /** what each subscriber was told about each followed story */
  alerts: AlertLogStore;
  /** Export and import of the whole store (`wirebrief export` / `import`). */
  transfer: StoreTransfer;
  /**
   * Takes the lock `name` for this process (one `wirebrief bot` per SQLite file), or throws naming
   * the holder. Absent on PostgreSQL, where replicas share the store.
   */
  lockProcess?(name: string, options: ProcessLockOptions): ProcessLock;
  /**
   * Records a Telegram update id as taken: true the first time across every replica, false for an
   * update already recorded (delivered twice). PostgreSQL only; absent, every update is handled.
   */
  claimUpdate?(updateId: number): Promise<boolean>;
  /**
   * A new leader lock for this store: replicas on it elect one leader (scheduler, sender, sources).
   * PostgreSQL only; absent (SQLite), the single process is the leader. `hangTimeoutMs`: how long
   * a holder may hang (send nothing on the lock's connection) before the lock is freed.
   */
  leaderLock?(options?: { hangTimeoutMs?: number }): LeaderLock;
  /** Closes the database (SQLite: at once; PostgreSQL: once the pool's clients are released). */
  close(): Promise<void>;
}

/**
 * Opens the SQLite database at `path` (migrated; the search index rebuilt when an older text
 * analyser built it, reported through `options.onReindexed`) and builds the stores on it.
 */
export function openStores(path: string, options: OpenStoreOptions = {}): Stores {
  const db = openDatabase(path);
  try {
    const report = reindexSqliteStore(db);
    if (report) options.onReindexed?.(report);
  } catch (cause) {
    db.close();
    throw new StoreError(`cannot rebuild the search index of the store at ${path}: ${(cause as Error).message}`, { path }, { cause });
  }
  return {
    dispatches: createSqliteDispatchStore(db),
    subscribers: createSqliteSubscriberStore(db),
    feeds: createSqliteFeedStore(db),
    summaries: createSqliteSummaryCache(db),
    outbox: createSqliteOutboxStore(db),
    alerts: createSqliteAlertLogStore(db),
    transfer: createSqliteStoreTransfer(db),
    lockProcess: (name, options) => acquireProcessLock(db, path, name, options),
    close: async () => {
      db.close();
    },
  };
}
