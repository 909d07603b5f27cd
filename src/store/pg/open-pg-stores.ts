import { StoreError } from '../../errors.js';
import type { Stores } from '../open-stores.js';
import type { OpenStoreOptions } from '../reindex-report.js';
import { migratePg } from './migrate-pg.js';
import { reindexPgStore } from './reindex-pg-store.js';
import { createPgAlertLogStore } from './pg-alert-log-store.js';
import { createPgDispatchStore } from './pg-dispatch-store.js';
import { createPgFeedStore } from './pg-feed-store.js';
import { createPgLeaderLock } from './pg-leader-lock.js';
import { createPgOutboxStore } from './pg-outbox-store.js';
import { createPgPool } from './pg-pool.js';
import { createPgStoreTransfer } from './pg-store-transfer.js';
import { createPgSubscriberStore } from './pg-subscriber-store.js';
import { createPgSummaryCache } from './pg-summary-cache.js';
import { createPgUpdateLog } from './pg-update-log.js';

/** Where a URL points, without its password, for messages. */
export function describePgUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.username ? `${parsed.username}@` : ''}${parsed.host}${parsed.pathname}`;
  } catch {
    return 'the PostgreSQL database (unparsable URL)';
  }
}

/**
 * Connects to PostgreSQL at `url`, applies pending migrations (under a lock), rebuilds the search
 * index when an older text analyser built it (`onReindexed` hears of it) and builds the stores on one pool.
 */
export async function openPgStores(url: string, options: { schema?: string; max?: number } & OpenStoreOptions = {}): Promise<Stores> {
  if (options.schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(options.schema)) {
    throw new StoreError(`not a plain schema name: ${options.schema}`, { schema: options.schema });
  }
  const pool = createPgPool(url, options);
  try {
    if (options.schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`);
    await migratePg(pool);
    const report = await reindexPgStore(pool);
    if (report) options.onReindexed?.(report);
  } catch (cause) {
    await pool.end().catch(() => {});
    throw new StoreError(`cannot open the store at ${describePgUrl(url)}: ${(cause as Error).message}`, { url: describePgUrl(url) }, { cause });
  }
  return {
    dispatches: createPgDispatchStore(pool),
    subscribers: createPgSubscriberStore(pool),
    feeds: createPgFeedStore(pool),
    summaries: createPgSummaryCache(pool),
    outbox: createPgOutboxStore(pool),
    alerts: createPgAlertLogStore(pool),
    transfer: createPgStoreTransfer(pool),
    claimUpdate: createPgUpdateLog(pool),
    leaderLock: (lockOptions = {}) => createPgLeaderLock(url, { ...lockOptions, ...(options.schema ? { schema: options.schema } : {}) }),
    close: () => pool.end(),
  };
}
