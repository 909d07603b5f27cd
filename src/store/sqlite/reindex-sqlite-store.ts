import { ANALYSER_VERSION } from '../../text/analyser-version.js';
import type { SqliteDatabase } from '../open-database.js';
import { REINDEX_COLUMNS, REINDEX_PAGE, reanalyse, type ReindexReport } from '../reindex-report.js';
import type { DispatchRow } from './dispatch-row.js';
import { indexEveryDispatch } from './index-every-dispatch.js';

/**
 * Rebuilds the search index from the stored text in the caller's transaction: every dispatch
 * re-analysed by this analyser (terms and story features; stories stay as they are), the
 * full-text index and `term_documents` rebuilt from the new terms, the version recorded.
 * Returns how many dispatches were re-analysed.
 */
export function rebuildSqliteIndex(db: SqliteDatabase, version = ANALYSER_VERSION): number {
  const update = db.prepare(
    `UPDATE dispatches SET paragraph_terms = @paragraph_terms, lead_terms = @lead_terms, entity_keys = @entity_keys, city_key = @city_key,
       number_keys = @number_keys, name_keys = @name_keys, story_marker = @story_marker WHERE seq = @seq`,
  );
  const page = db.prepare<[number, number], DispatchRow>(`SELECT ${REINDEX_COLUMNS} FROM dispatches WHERE seq > ? ORDER BY seq LIMIT ?`);
  let count = 0;
  for (let after = 0, rows = page.all(after, REINDEX_PAGE); rows.length > 0; rows = page.all(after, REINDEX_PAGE)) {
    for (const row of rows) update.run({ seq: row.seq, ...reanalyse(row) });
    count += rows.length;
    after = (rows.at(-1) as DispatchRow).seq;
  }
  db.exec(`INSERT INTO dispatch_terms (dispatch_terms) VALUES ('delete-all'); DELETE FROM term_documents;`);
  indexEveryDispatch(db);
  db.prepare('UPDATE index_meta SET analyser_version = ? WHERE id = 1').run(version);
  return count;
}

/**
 * Rebuilds the search index when the store's was built by another analyser version, in one
 * IMMEDIATE transaction (a process opening the store meanwhile waits, then finds it done). Null
 * when the index is current, or the store empty (then only the version is recorded).
 */
export function reindexSqliteStore(db: SqliteDatabase, version = ANALYSER_VERSION, now: () => number = Date.now): ReindexReport | null {
  const recorded = db.prepare<[], number>('SELECT analyser_version FROM index_meta WHERE id = 1').pluck();
  if (recorded.get() === version) return null;
  const started = now();
  const rebuild = db.transaction((): ReindexReport | null => {
    const from = recorded.get() ?? 0;
    if (from === version) return null;
    const dispatches = rebuildSqliteIndex(db, version);
    return dispatches > 0 ? { from, to: version, dispatches, ms: 0 } : null;
  });
  const report = rebuild.immediate();
  return report && { ...report, ms: Math.round(now() - started) };
}
