import { chooseStory } from '../../dispatch/choose-story.js';
import type { Dispatch } from '../../dispatch/dispatch-types.js';
import { searchPassages } from '../../search/search-passages.js';
import type { DispatchStore, PreparedDispatch, QuarantineRecord, SourceBatch, StoredDispatch } from '../dispatch-store.js';
import { type FiledRow, filedParams, listFiledSql, toFiledDispatch } from '../filed-dispatch-row.js';
import { listDispatchesSql } from '../list-dispatches-sql.js';
import { type DispatchRow, type SummaryRow, toDispatch, toDispatchSummary } from '../sqlite/dispatch-row.js';
import { countTermDocuments, indexedText } from '../sqlite/term-documents.js';
import { createPgDispatchVersions } from './pg-dispatch-versions.js';
import { INGEST_LOCK } from './pg-locks.js';
import { LIST_AGENCIES_SQL } from '../list-agencies-sql.js';
import { createPgPassageCandidates } from './pg-passage-candidates.js';
import { inTransaction, type PgClient, type PgPool } from './pg-pool.js';
import { createPgStoryCandidates } from './pg-story-candidates.js';

const DISPATCH_COLUMNS = `id, agency, lang, date, dateline_city, dateline_day, dateline_month, headline,
  headline_derived, urgent, end_marker, editors, repeats, raw, source, source_index, story_id, ingested_at,
  city_key, entity_keys, lead_terms, paragraphs, paragraph_terms, number_keys, name_keys, story_marker`;
const PER_DISPATCH = 26;
/** Dispatches per INSERT: 26 parameters each, well under PostgreSQL's 65,535. */
const ROWS_PER_INSERT = 1000;
/** Above any stored seq: where a dispatch of this batch stands among story candidates until it has one. */
const PROVISIONAL_SEQ = 2 ** 40;

function dispatchParams(prepared: PreparedDispatch, storyId: string, ingestedAt: string): unknown[] {
  const { dispatch: d, features, paragraphTerms } = prepared;
  return [
    d.id, d.agency, d.lang, d.date, d.dateline?.city ?? null, d.dateline?.day ?? null, d.dateline?.month ?? null, d.headline,
    d.headlineDerived ? 1 : 0, d.urgent ? 1 : 0, d.endMarker ? 1 : 0, d.editors, JSON.stringify(d.repeats), d.raw, d.source,
    d.sourceIndex, storyId, ingestedAt, features.cityKey, JSON.stringify(features.entityKeys), JSON.stringify(features.leadTerms),
    JSON.stringify(d.paragraphs), JSON.stringify(paragraphTerms), JSON.stringify(features.numberKeys),
    JSON.stringify(features.nameKeys), features.marker,
  ];
}

/** Inserts the new dispatches (in order, so seq follows the batch) and indexes their terms. */
async function insertDispatches(client: PgClient, rows: Array<{ prepared: PreparedDispatch; storyId: string; terms: string }>, at: string) {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const chunk = rows.slice(start, start + ROWS_PER_INSERT);
    const params = chunk.flatMap((row) => dispatchParams(row.prepared, row.storyId, at));
    const values = chunk.map((_, i) => `(${Array.from({ length: PER_DISPATCH }, (_, c) => `$${i * PER_DISPATCH + c + 1}`).join(', ')})`);
    const inserted = await client.query<{ seq: number; id: string }>(`INSERT INTO dispatches (${DISPATCH_COLUMNS}) VALUES ${values.join(', ')} RETURNING seq, id`, params);
    const seqs = new Map(inserted.rows.map((row) => [row.id, row.seq]));
    const indexed = chunk.filter((row) => row.terms !== '');
    await client.query(
      `INSERT INTO dispatch_terms (seq, date, lang, terms, indexed, token_count)
       SELECT t.seq, d.date, d.lang, to_tsvector('simple', t.terms), t.terms, t.count
       FROM unnest($1::int[], $2::text[], $3::int[]) AS t (seq, terms, count) JOIN dispatches d ON d.seq = t.seq`,
      [indexed.map((row) => seqs.get(row.prepared.dispatch.id)), indexed.map((row) => row.terms), indexed.map((row) => row.terms.split(' ').length)],
    );
  }
}

/** Stores one source in the caller's transaction: quarantine, dispatches (story chosen as on SQLite), index, counts. */
async function storeSource(client: PgClient, batch: SourceBatch, at: string): Promise<StoredDispatch[]> {
  await client.query('SELECT pg_advisory_xact_lock($1)', [INGEST_LOCK]);
  for (const item of batch.quarantine) {
    await client.query('INSERT INTO quarantine (source, source_index, reason, bytes, byte_length, received_at) VALUES ($1, $2, $3, $4, $5, $6)', [
      item.source, item.sourceIndex, item.reason, item.bytes === null ? null : Buffer.from(item.bytes), item.byteLength, at,
    ]);
  }
  const ids = batch.dispatches.map((p) => p.dispatch.id);
  const { rows } = await client.query<{ id: string; story_id: string }>('SELECT id, story_id FROM dispatches WHERE id = ANY($1)', [ids]);
  const known = new Map(rows.map((row) => [row.id, row.story_id]));
  const candidates = createPgStoryCandidates(client);
  await candidates.load(batch.dispatches.filter((p) => !known.has(p.dispatch.id)).map((p) => p.features));
  const fresh: Array<{ prepared: PreparedDispatch; storyId: string; terms: string }> = [];
  const stored: StoredDispatch[] = [];
  for (const prepared of batch.dispatches) {
    const { dispatch, features } = prepared;
    const existing = known.get(dispatch.id);
    if (existing !== undefined) {
      stored.push({ id: dispatch.id, sourceIndex: dispatch.sourceIndex, duplicate: true, storyId: existing });
      continue;
    }
    const choice = chooseStory(features, candidates.near(features));
    const storyId = choice?.storyId ?? `s-${dispatch.id}`;
    if (choice && choice.merge.length > 0) {
      // Stories the dispatch shows to be one (a flash's and its other-language version's): stored
      // rows, this batch's rows and the candidates all take the kept id, as on SQLite.
      await client.query('UPDATE dispatches SET story_id = $1 WHERE story_id = ANY($2)', [storyId, choice.merge]);
      const absorbed = new Set(choice.merge);
      for (const row of fresh) if (absorbed.has(row.storyId)) row.storyId = storyId;
      for (const entry of stored) if (absorbed.has(entry.storyId)) entry.storyId = storyId;
      for (const [id, story] of known) if (absorbed.has(story)) known.set(id, storyId);
      candidates.renamed(absorbed, storyId);
    }
    candidates.added(PROVISIONAL_SEQ + fresh.length, dispatch.id, storyId, features);
    known.set(dispatch.id, storyId);
    fresh.push({ prepared, storyId, terms: indexedText(prepared.paragraphTerms) });
    stored.push({ id: dispatch.id, sourceIndex: dispatch.sourceIndex, duplicate: false, storyId });
  }
  await insertDispatches(client, fresh, at);
  // in the same transaction: an ingest interrupted before its alerts leaves them for the next run
  if (fresh.length > 0) {
    await client.query('INSERT INTO unalerted (dispatch_id) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING', [fresh.map((row) => row.prepared.dispatch.id)]);
  }
  const indexed = fresh.map((row) => row.terms).filter((terms) => terms !== '');
  if (indexed.length > 0) {
    const counts = countTermDocuments(indexed);
    await client.query(
      `INSERT INTO term_documents (term, documents) SELECT * FROM unnest($1::text[], $2::int[])
       ON CONFLICT (term) DO UPDATE SET documents = term_documents.documents + excluded.documents`,
      [[...counts.keys()], [...counts.values()]],
    );
    const tokens = indexed.reduce((sum, text) => sum + text.split(' ').length, 0);
    await client.query('UPDATE index_totals SET documents = documents + $1, tokens = tokens + $2, generation = generation + 1 WHERE id = 1', [indexed.length, tokens]);
  }
  return stored;
}

/** The PostgreSQL backend of the dispatch store. */
export function createPgDispatchStore(pool: PgPool): DispatchStore {
  const candidates = createPgPassageCandidates(pool);
  const byIds = async (ids: string[]) => (await pool.query<DispatchRow>('SELECT * FROM dispatches WHERE id = ANY($1)', [ids])).rows;

  return {
    ...candidates,
    ...createPgDispatchVersions(pool),
    async listUnalerted(limit) {
      return (await pool.query<{ dispatch_id: string }>('SELECT dispatch_id FROM unalerted ORDER BY seq LIMIT $1', [limit])).rows.map((row) => row.dispatch_id);
    },
    async markAlerted(ids) {
      await pool.query('DELETE FROM unalerted WHERE dispatch_id = ANY($1)', [ids]);
    },
    async saveSource(batch, now) {
      return inTransaction(pool, (client) => storeSource(client, batch, now.toISOString()));
    },
    async getDispatch(id) {
      const [row] = await byIds([id]);
      return row ? toDispatch(row) : null;
    },
    async getDispatches(ids) {
      const found = new Map((await byIds(ids)).map((row) => [row.id, toDispatch(row)]));
      return ids.map((id) => found.get(id)).filter((d): d is Dispatch => d !== undefined);
    },
    async listDispatches(query) {
      const { sql, params } = listDispatchesSql(query, (index) => `$${index}`);
      const { rows } = await pool.query<SummaryRow>(sql, params);
      return rows.map(toDispatchSummary);
    },
    async listFiled(query) {
      return (await pool.query<FiledRow>(listFiledSql((index) => `$${index}`), filedParams(query))).rows.map(toFiledDispatch);
    },
    async searchPassages(query, options) {
      return searchPassages(candidates, query, options);
    },
    async listTerms() {
      return (await pool.query<{ term: string; documents: number }>('SELECT term, documents FROM term_documents WHERE documents > 0 ORDER BY term')).rows;
    },
    async countDispatches() {
      return (await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM dispatches')).rows[0]?.n ?? 0;
    },
    async listAgencies() {
      return (await pool.query<{ agency: string }>(LIST_AGENCIES_SQL)).rows.map((row) => row.agency);
    },
    async optimiseIndex() {
      await pool.query('ANALYZE dispatch_terms, term_documents');
    },
    async listQuarantine(limit) {
      const { rows } = await pool.query<QuarantineRecord>(
        `SELECT id, source, source_index AS "sourceIndex", reason, byte_length AS "byteLength", received_at AS "receivedAt"
         FROM quarantine ORDER BY id DESC LIMIT $1`,
        [limit],
      );
      return rows;
    },
  };
}
