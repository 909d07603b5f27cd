import { openStores, type Stores } from './open-stores.js';
import { openPgStores } from './pg/open-pg-stores.js';

/** Whether a store target is a PostgreSQL URL rather than a SQLite path. */
export const isPgUrl = (target: string) => /^postgres(ql)?:\/\//i.test(target);

/**
 * Opens the store a target names: `postgres://…` (WIREBRIEF_DATABASE_URL, or `--db`) on
 * PostgreSQL, migrated under a lock; anything else is a SQLite file path, as before.
 */
export async function openStoreAt(target: string): Promise<Stores> {
  return isPgUrl(target) ? openPgStores(target) : openStores(target);
}
