import { openStores, type Stores } from './open-stores.js';
import type { OpenStoreOptions } from './reindex-report.js';

/** Whether a store target is a PostgreSQL URL rather than a SQLite path. */
export const isPgUrl = (target: string) => /^postgres(ql)?:\/\//i.test(target);

/**
 * Opens the store a target names: `postgres://…` (WIREBRIEF_DATABASE_URL, or `--db`) on
 * PostgreSQL, migrated under a lock; anything else is a SQLite file path, as before. Either way the
 * search index is rebuilt when an older text analyser built it (`options.onReindexed` hears of it). The PostgreSQL
 * backend (and pg) is imported only when a URL asks for it, so a SQLite command starts without it.
 */
export async function openStoreAt(target: string, options: OpenStoreOptions = {}): Promise<Stores> {
  if (!isPgUrl(target)) return openStores(target, options);
  const { openPgStores } = await import('./pg/open-pg-stores.js');
  return openPgStores(target, options);
}
