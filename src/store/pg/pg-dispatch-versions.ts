import { StoreError } from '../../errors.js';
import type { DispatchVersions, VersionReason } from '../dispatch-store.js';
import { distinctTerms, indexedText } from '../sqlite/term-documents.js';
import { INGEST_LOCK } from './pg-locks.js';
import { inTransaction, type PgPool } from './pg-pool.js';

/** The version history of the PostgreSQL dispatch store (see the SQLite one: same rules). */
export function createPgDispatchVersions(pool: PgPool): DispatchVersions {
  const one = async <T>(sql: string, params: unknown[]): Promise<T | undefined> => (await pool.query(sql, params)).rows[0] as T | undefined;
  const supersededBy = (id: string) => one<{ dispatch_id: string }>('SELECT dispatch_id FROM dispatch_versions WHERE previous_id = $1', [id]);
  const previousOf = (id: string) => one<{ previous_id: string }>('SELECT previous_id FROM dispatch_versions WHERE dispatch_id = $1', [id]);

  return {
    async supersede(oldId: string, newId: string, reason: VersionReason, now: Date) {
      return inTransaction(pool, async (client) => {
        await client.query('SELECT pg_advisory_xact_lock($1)', [INGEST_LOCK]);
        const row = async (id: string) =>
          (await client.query<{ seq: number; story_id: string; paragraph_terms: string }>('SELECT seq, story_id, paragraph_terms FROM dispatches WHERE id = $1', [id])).rows[0];
        const older = await row(oldId);
        const newer = await row(newId);
        if (!older || !newer) throw new StoreError(`cannot link versions: dispatch ${older ? newId : oldId} is not stored`, { oldId, newId });
        const { rows } = await client.query(
          'SELECT 1 FROM dispatch_versions WHERE previous_id = ANY($1) OR dispatch_id = $2',
          [[oldId, newId], newId],
        );
        if (oldId === newId || rows.length > 0) return newer.story_id;
        await client.query('UPDATE dispatches SET story_id = $1 WHERE id = $2', [older.story_id, newId]);
        // index_totals keep the old version, as FTS5's totals keep a row deleted from a contentless table.
        const removed = await client.query('DELETE FROM dispatch_terms WHERE seq = $1', [older.seq]);
        const terms = [...distinctTerms(indexedText(JSON.parse(older.paragraph_terms) as Array<string | null>))];
        if ((removed.rowCount ?? 0) > 0) {
          await client.query('UPDATE term_documents SET documents = greatest(documents - 1, 0) WHERE term = ANY($1)', [terms]);
          await client.query('UPDATE index_totals SET generation = generation + 1 WHERE id = 1');
        }
        await client.query('INSERT INTO dispatch_versions (dispatch_id, previous_id, reason, created_at) VALUES ($1, $2, $3, $4)', [
          newId,
          oldId,
          reason,
          now.toISOString(),
        ]);
        return older.story_id;
      });
    },
    async findCurrentVersion(source, sourceIndex, exceptId) {
      const row = await one<{ id: string }>(
        `SELECT id FROM dispatches d WHERE source = $1 AND source_index = $2 AND id <> $3
           AND NOT EXISTS (SELECT 1 FROM dispatch_versions v WHERE v.previous_id = d.id)
         ORDER BY seq DESC LIMIT 1`,
        [source, sourceIndex, exceptId ?? ''],
      );
      return row?.id ?? null;
    },
    async findStoryPredecessor(storyId, id) {
      const row = await one<{ id: string }>(
        `SELECT id FROM dispatches d WHERE story_id = $1 AND seq < (SELECT seq FROM dispatches WHERE id = $2)
           AND NOT EXISTS (SELECT 1 FROM dispatch_versions v WHERE v.previous_id = d.id)
         ORDER BY seq DESC LIMIT 1`,
        [storyId, id],
      );
      return row?.id ?? null;
    },
    async listVersions(id) {
      const chain = [id];
      for (let prev = await previousOf(id); prev !== undefined; prev = await previousOf(prev.previous_id)) chain.unshift(prev.previous_id);
      for (let next = await supersededBy(id); next !== undefined; next = await supersededBy(next.dispatch_id)) chain.push(next.dispatch_id);
      return chain;
    },
  };
}
