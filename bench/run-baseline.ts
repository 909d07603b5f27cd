import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { percentile } from './percentile.js';

/**
 * What the disk and SQLite allow: the same raw texts into a bare FTS5 table in one transaction
 * per 200 (as the pipeline batches), then the same queries as plain OR'ed words, bm25-ranked.
 */
export function runBaseline(path: string, texts: string[], queries: string[], rounds: number) {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE VIRTUAL TABLE docs USING fts5 (body)');
  const insert = db.prepare('INSERT INTO docs (body) VALUES (?)');
  const batch = db.transaction((items: string[]) => {
    for (const text of items) insert.run(text);
  });
  const start = performance.now();
  for (let i = 0; i < texts.length; i += 200) batch(texts.slice(i, i + 200));
  const seconds = (performance.now() - start) / 1000;

  const search = db.prepare('SELECT rowid, bm25(docs) AS score FROM docs WHERE docs MATCH ? ORDER BY score LIMIT 10');
  const timings: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const query of queries) {
      const words = query.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1).map((w) => `"${w}"`);
      const started = performance.now();
      search.all(words.join(' OR '));
      timings.push(performance.now() - started);
    }
  }
  db.close();
  return {
    ingest_per_s: Math.round(texts.length / seconds),
    search_p50_ms: Math.round(percentile(timings, 0.5) * 100) / 100,
    search_p99_ms: Math.round(percentile(timings, 0.99) * 100) / 100,
  };
}
