import { ANALYSER_VERSION } from '../../text/analyser-version.js';
import { REINDEX_COLUMNS, REINDEX_PAGE, reanalyse, type ReindexReport } from '../reindex-report.js';
import type { DispatchRow } from '../sqlite/dispatch-row.js';
import { indexEveryPgDispatch } from './index-every-pg-dispatch.js';
import { INGEST_LOCK, MIGRATION_LOCK } from './pg-locks.js';
import { inTransaction, type PgClient, type PgPool } from './pg-pool.js';

/**
 * Rebuilds the search index from the stored text in the caller's transaction, as on SQLite: every
 * dispatch re-analysed (stories stay), `dispatch_terms`, `term_documents` and the totals rebuilt,
 * the version recorded. Returns how many dispatches were re-analysed.
 */
export async function rebuildPgIndex(client: PgClient, version = ANALYSER_VERSION): Promise<number> {
  let count = 0;
  for (let after = 0; ; ) {
    const { rows } = await client.query<DispatchRow>(`SELECT ${REINDEX_COLUMNS} FROM dispatches WHERE seq > $1 ORDER BY seq LIMIT $2`, [after, REINDEX_PAGE]);
    if (rows.length === 0) break;
    count += rows.length;
    after = (rows.at(-1) as DispatchRow).seq;
    const columns = rows.map((row) => ({ seq: row.seq, ...reanalyse(row) }));
    await client.query(
      `UPDATE dispatches d SET paragraph_terms = u.paragraph_terms, lead_terms = u.lead_terms, entity_keys = u.entity_keys,
         city_key = u.city_key, number_keys = u.number_keys, name_keys = u.name_keys, story_marker = u.story_marker
       FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
         AS u (seq, paragraph_terms, lead_terms, entity_keys, city_key, number_keys, name_keys, story_marker)
       WHERE d.seq = u.seq`,
      [
        columns.map((c) => c.seq), columns.map((c) => c.paragraph_terms), columns.map((c) => c.lead_terms), columns.map((c) => c.entity_keys),
        columns.map((c) => c.city_key), columns.map((c) => c.number_keys), columns.map((c) => c.name_keys), columns.map((c) => c.story_marker),
      ],
    );
  }
  await client.query('DELETE FROM dispatch_terms');
  await client.query('DELETE FROM term_documents');
  await indexEveryPgDispatch(client);
  await client.query('UPDATE index_meta SET analyser_version = $1 WHERE id = 1', [version]);
  return count;
}

/**
 * Rebuilds the search index when it was built by another analyser version, in one transaction
 * under the migration and ingest locks, so replicas starting together rebuild once and nobody
 * ingests meanwhile. Null when the index is current, or the store empty (then only the version is recorded).
 */
export async function reindexPgStore(pool: PgPool, version = ANALYSER_VERSION, now: () => number = Date.now): Promise<ReindexReport | null> {
  const current = await pool.query<{ analyser_version: number }>('SELECT analyser_version FROM index_meta WHERE id = 1');
  if (current.rows[0]?.analyser_version === version) return null;
  const started = now();
  const report = await inTransaction(pool, async (client): Promise<ReindexReport | null> => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('SELECT pg_advisory_xact_lock($1)', [INGEST_LOCK]);
    const { rows } = await client.query<{ analyser_version: number }>('SELECT analyser_version FROM index_meta WHERE id = 1 FOR UPDATE');
    const from = rows[0]?.analyser_version ?? 0;
    if (from === version) return null;
    const dispatches = await rebuildPgIndex(client, version);
    return dispatches > 0 ? { from, to: version, dispatches, ms: 0 } : null;
  });
  return report && { ...report, ms: Math.round(now() - started) };
}
