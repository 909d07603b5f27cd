import type { SqliteDatabase } from '../open-database.js';
import { createTermDocuments, indexedText } from './term-documents.js';

/**
 * Fills an empty full-text index and `term_documents` from every stored dispatch's terms, in the
 * caller's transaction: every dispatch is indexed, then the superseded ones taken out, as when they
 * were ingested: FTS5 keeps a deleted row in its totals, so BM25 then scores as it did before.
 */
export function indexEveryDispatch(db: SqliteDatabase): void {
  const termDocuments = createTermDocuments(db);
  const insert = db.prepare<[number, string]>('INSERT INTO dispatch_terms (rowid, terms) VALUES (?, ?)');
  const unindex = db.prepare<[number]>('DELETE FROM dispatch_terms WHERE rowid = ?');
  const all = db.prepare<[], { seq: number; paragraph_terms: string; superseded: number }>(
    `SELECT seq, paragraph_terms, EXISTS (SELECT 1 FROM dispatch_versions v WHERE v.previous_id = d.id) AS superseded
     FROM dispatches d ORDER BY seq`,
  );
  const indexed: string[] = [];
  for (const row of all.all()) {
    const terms = indexedText(JSON.parse(row.paragraph_terms) as Array<string | null>);
    if (!terms) continue;
    insert.run(row.seq, terms);
    if (row.superseded) unindex.run(row.seq);
    else indexed.push(terms);
  }
  termDocuments.added(indexed);
}
