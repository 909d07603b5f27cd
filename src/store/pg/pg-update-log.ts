import type { PgPool } from './pg-pool.js';

/** How long an update id is remembered: Telegram redelivers within minutes, never after a day. */
const KEEP = '1 day';
/** Every this many claims, ids older than KEEP are deleted. */
const PRUNE_EVERY = 500;

/**
 * Records `updateId` as taken (`INSERT … ON CONFLICT DO NOTHING`): true for the first claim across
 * every replica on the database, false for an update already recorded.
 */
export function createPgUpdateLog(pool: PgPool): (updateId: number) => Promise<boolean> {
  let claims = 0;
  return async (updateId) => {
    if (++claims % PRUNE_EVERY === 0) await pool.query(`DELETE FROM handled_updates WHERE recorded_at < now() - interval '${KEEP}'`);
    const { rowCount } = await pool.query('INSERT INTO handled_updates (update_id) VALUES ($1) ON CONFLICT DO NOTHING', [updateId]);
    return rowCount === 1;
  };
}
