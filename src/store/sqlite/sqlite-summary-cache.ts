import type { SqliteDatabase } from '../open-database.js';
import type { SummaryCache } from '../summary-cache.js';

export function createSqliteSummaryCache(db: SqliteDatabase): SummaryCache {
  const get = db.prepare<[string], string>('SELECT summary FROM story_summaries WHERE cache_key = ?').pluck();
  const set = db.prepare<[string, string, string]>(
    'INSERT INTO story_summaries (cache_key, summary, created_at) VALUES (?, ?, ?) ON CONFLICT (cache_key) DO UPDATE SET summary = excluded.summary',
  );
  return {
    async get(key) {
      return get.get(key) ?? null;
    },
    async set(key, summary, now) {
      set.run(key, summary, now.toISOString());
    },
  };
}
