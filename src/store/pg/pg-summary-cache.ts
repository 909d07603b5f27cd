import type { SummaryCache } from '../summary-cache.js';
import type { PgPool } from './pg-pool.js';

export function createPgSummaryCache(pool: PgPool): SummaryCache {
  return {
    async get(key) {
      const { rows } = await pool.query<{ summary: string }>('SELECT summary FROM story_summaries WHERE cache_key = $1', [key]);
      return rows[0]?.summary ?? null;
    },
    async set(key, summary, now) {
      await pool.query(
        'INSERT INTO story_summaries (cache_key, summary, created_at) VALUES ($1, $2, $3) ON CONFLICT (cache_key) DO UPDATE SET summary = excluded.summary',
        [key, summary, now.toISOString()],
      );
    },
  };
}
