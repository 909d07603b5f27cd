import type { Dispatch } from '../../dispatch/dispatch-types.js';
import { chooseStory } from '../../dispatch/choose-story.js';
import { searchPassages } from '../../search/search-passages.js';
import type {
  DispatchStore,
  DispatchSummary,
  ListQuery,
  PassageHit,
  PassageQuery,
  PassageSearchOptions,
  PreparedDispatch,
  QuarantineRecord,
  SourceBatch,
  StoredDispatch,
} from '../dispatch-store.js';
import type { SqliteDatabase } from '../open-database.js';
import { type FiledRow, filedParams, listFiledSql, toFiledDispatch } from '../filed-dispatch-row.js';
import { listDispatchesSql } from '../list-dispatches-sql.js';
import { LIST_AGENCIES_SQL } from '../list-agencies-sql.js';
import { type DispatchRow, type SummaryRow, toDispatch, toDispatchSummary } from './dispatch-row.js';
import { createSqliteDispatchVersions } from './sqlite-dispatch-versions.js';
import { createSqlitePassageCandidates } from './search-sqlite-passages.js';
import { createStoryCandidates } from './story-candidates.js';
import { createTermDocuments, indexedText } from './term-documents.js';

/** The SQLite backend of the dispatch store (better-sqlite3, synchronous inside, async outside). */
export function createSqliteDispatchStore(db: SqliteDatabase): DispatchStore {
  const statements = {
    idExists: db.prepare<[string], { story_id: string }>('SELECT story_id FROM dispatches WHERE id = ?'),
    insertDispatch: db.prepare(
      `INSERT INTO dispatches (id, agency, lang, date, dateline_city, dateline_day, dateline_month, headline,
         headline_derived, urgent, end_marker, editors, repeats, raw, source, source_index, story_id, ingested_at,
         city_key, entity_keys, lead_terms, paragraphs, paragraph_terms, number_keys, name_keys, story_marker)
       VALUES (@id, @agency, @lang, @date, @datelineCity, @datelineDay, @datelineMonth, @headline, @headlineDerived,
         @urgent, @endMarker, @editors, @repeats, @raw, @source, @sourceIndex, @storyId, @ingestedAt,
         @cityKey, @entityKeys, @leadTerms, @paragraphs, @paragraphTerms, @numberKeys, @nameKeys, @storyMarker)`,
    ),
    mergeStory: db.prepare<[string, string]>('UPDATE dispatches SET story_id = ? WHERE story_id = ?'),
    insertTerms: db.prepare<[number | bigint, string]>('INSERT INTO dispatch_terms (rowid, terms) VALUES (?, ?)'),
    insertQuarantine: db.prepare<[string, number | null, string, Uint8Array | null, number, string]>(
      'INSERT INTO quarantine (source, source_index, reason, bytes, byte_length, received_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    byId: db.prepare<[string], DispatchRow>('SELECT * FROM dispatches WHERE id = ?'),
    count: db.prepare<[], number>('SELECT count(*) FROM dispatches').pluck(),
    agencies: db.prepare<[], string>(LIST_AGENCIES_SQL).pluck(),
    optimise: db.prepare(`INSERT INTO dispatch_terms (dispatch_terms) VALUES ('optimize')`),
    insertUnalerted: db.prepare<[string]>('INSERT OR IGNORE INTO unalerted (dispatch_id) VALUES (?)'),
    unalerted: db.prepare<[number], string>('SELECT dispatch_id FROM unalerted ORDER BY rowid LIMIT ?').pluck(),
    deleteUnalerted: db.prepare<[string]>('DELETE FROM unalerted WHERE dispatch_id = ?'),
    quarantine: db.prepare<[number], QuarantineRecord>(
      `SELECT id, source, source_index AS sourceIndex, reason, byte_length AS byteLength, received_at AS receivedAt
       FROM quarantine ORDER BY id DESC LIMIT ?`,
    ),
  };

  const termDocuments = createTermDocuments(db);
  const storyCandidates = createStoryCandidates(db);
  const candidates = createSqlitePassageCandidates(db, termDocuments);
  // One statement per set of filters a listing sets (at most 16), prepared when first run.
  const listStatements = new Map<string, ReturnType<typeof db.prepare<Array<string | number>, SummaryRow>>>();
  const filed = db.prepare<Array<string | number>, FiledRow>(listFiledSql(() => '?'));
  const listStatement = (sql: string) => {
    let statement = listStatements.get(sql);
    if (statement === undefined) listStatements.set(sql, (statement = db.prepare<Array<string | number>, SummaryRow>(sql)));
    return statement;
  };

  function insertOne(prepared: PreparedDispatch, ingestedAt: string, indexed: string[]): StoredDispatch {
    const { dispatch, features, paragraphTerms } = prepared;
    const existing = statements.idExists.get(dispatch.id);
    if (existing) return { id: dispatch.id, sourceIndex: dispatch.sourceIndex, duplicate: true, storyId: existing.story_id };
    const choice = chooseStory(features, storyCandidates.near(features));
    const storyId = choice?.storyId ?? `s-${dispatch.id}`;
    if (choice && choice.merge.length > 0) {
      for (const absorbed of choice.merge) statements.mergeStory.run(storyId, absorbed);
      storyCandidates.forget();
    }
    const { lastInsertRowid } = statements.insertDispatch.run({
      id: dispatch.id,
      agency: dispatch.agency,
      lang: dispatch.lang,
      date: dispatch.date,
      datelineCity: dispatch.dateline?.city ?? null,
      datelineDay: dispatch.dateline?.day ?? null,
      datelineMonth: dispatch.dateline?.month ?? null,
      headline: dispatch.headline,
      headlineDerived: dispatch.headlineDerived ? 1 : 0,
      urgent: dispatch.urgent ? 1 : 0,
      endMarker: dispatch.endMarker ? 1 : 0,
      editors: dispatch.editors,
      repeats: JSON.stringify(dispatch.repeats),
      raw: dispatch.raw,
      source: dispatch.source,
      sourceIndex: dispatch.sourceIndex,
      storyId,
      ingestedAt,
      cityKey: features.cityKey,
      entityKeys: JSON.stringify(features.entityKeys),
      leadTerms: JSON.stringify(features.leadTerms),
      numberKeys: JSON.stringify(features.numberKeys),
      nameKeys: JSON.stringify(features.nameKeys),
      storyMarker: features.marker,
      paragraphs: JSON.stringify(dispatch.paragraphs),
      paragraphTerms: JSON.stringify(paragraphTerms),
    });
    storyCandidates.added(Number(lastInsertRowid), dispatch.id, storyId, features);
    statements.insertUnalerted.run(dispatch.id);
    const terms = indexedText(paragraphTerms);
    if (terms) {
      statements.insertTerms.run(lastInsertRowid, terms);
      indexed.push(terms);
    }
    return { id: dispatch.id, sourceIndex: dispatch.sourceIndex, duplicate: false, storyId };
  }

  const saveTransaction = db.transaction((batch: SourceBatch, now: Date): StoredDispatch[] => {
    const at = now.toISOString();
    storyCandidates.begin();
    for (const item of batch.quarantine) {
      statements.insertQuarantine.run(item.source, item.sourceIndex, item.reason, item.bytes, item.byteLength, at);
    }
    const indexed: string[] = [];
    const stored = batch.dispatches.map((prepared) => insertOne(prepared, at, indexed));
    termDocuments.added(indexed);
    return stored;
  });

  const markAlerted = db.transaction((ids: string[]) => {
    for (const id of ids) statements.deleteUnalerted.run(id);
  });

  function loadDispatch(id: string): Dispatch | null {
    const row = statements.byId.get(id);
    return row ? toDispatch(row) : null;
  }

  return {
    ...candidates,
    ...createSqliteDispatchVersions(db, { termDocuments, onStoryChanged: () => storyCandidates.forget() }),
    async saveSource(batch, now) {
      try {
        // IMMEDIATE: the transaction takes the write lock first (waiting within the busy timeout)
        // rather than read, then fail at once when another process wrote in between.
        return saveTransaction.immediate(batch, now);
      } catch (error) {
        storyCandidates.forget();
        throw error;
      }
    },
    async getDispatch(id) {
      return loadDispatch(id);
    },
    async getDispatches(ids) {
      return ids.map(loadDispatch).filter((d): d is Dispatch => d !== null);
    },
    async listDispatches(query: ListQuery): Promise<DispatchSummary[]> {
      const { sql, params } = listDispatchesSql(query, () => '?');
      return listStatement(sql).all(...params).map(toDispatchSummary);
    },
    async listFiled(query) {
      return filed.all(...filedParams(query)).map(toFiledDispatch);
    },
    async searchPassages(query: PassageQuery, options: PassageSearchOptions): Promise<PassageHit[]> {
      return searchPassages(candidates, query, options);
    },
    async listTerms() {
      return termDocuments.list();
    },
    async countDispatches() {
      return statements.count.get() ?? 0;
    },
    async listAgencies() {
      return statements.agencies.all();
    },
    async optimiseIndex() {
      statements.optimise.run();
    },
    async listUnalerted(limit) {
      return statements.unalerted.all(limit);
    },
    async markAlerted(ids) {
      markAlerted.immediate(ids);
    },
    async listQuarantine(limit) {
      return statements.quarantine.all(limit);
    },
  };
}
