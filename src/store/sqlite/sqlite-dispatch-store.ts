import type { Dispatch } from '../../dispatch/dispatch-types.js';
import { chooseStory } from '../../dispatch/choose-story.js';
import type { StoryCandidate } from '../../dispatch/story-features.js';
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
import { type DispatchRow, toDispatch, toDispatchSummary } from './dispatch-row.js';
import { createSqliteDispatchVersions } from './sqlite-dispatch-versions.js';
import { createSqlitePassageSearch } from './search-sqlite-passages.js';
import { shiftDate } from './shift-date.js';

/** How many stored dispatches of the same city and dates a new one is compared with. */
const STORY_CANDIDATES = 100;

interface CandidateRow {
  id: string;
  story_id: string;
  lang: 'ar' | 'en';
  date: string;
  city_key: string | null;
  entity_keys: string;
  lead_terms: string;
}

/** The SQLite backend of the dispatch store (better-sqlite3, synchronous inside, async outside). */
export function createSqliteDispatchStore(db: SqliteDatabase): DispatchStore {
  const statements = {
    idExists: db.prepare<[string], { story_id: string }>('SELECT story_id FROM dispatches WHERE id = ?'),
    candidates: db.prepare<[string, string, string, number], CandidateRow>(
      `SELECT id, story_id, lang, date, city_key, entity_keys, lead_terms FROM dispatches
       WHERE city_key = ? AND date BETWEEN ? AND ? ORDER BY seq DESC LIMIT ?`,
    ),
    candidatesWithoutCity: db.prepare<[string, string, number], CandidateRow>(
      `SELECT id, story_id, lang, date, city_key, entity_keys, lead_terms FROM dispatches
       WHERE city_key IS NULL AND date BETWEEN ? AND ? ORDER BY seq DESC LIMIT ?`,
    ),
    insertDispatch: db.prepare(
      `INSERT INTO dispatches (id, agency, lang, date, dateline_city, dateline_day, dateline_month, headline,
         headline_derived, urgent, end_marker, editors, repeats, raw, source, source_index, story_id, ingested_at,
         city_key, entity_keys, lead_terms, paragraphs, paragraph_terms)
       VALUES (@id, @agency, @lang, @date, @datelineCity, @datelineDay, @datelineMonth, @headline, @headlineDerived,
         @urgent, @endMarker, @editors, @repeats, @raw, @source, @sourceIndex, @storyId, @ingestedAt,
         @cityKey, @entityKeys, @leadTerms, @paragraphs, @paragraphTerms)`,
    ),
    insertTerms: db.prepare<[number | bigint, string]>('INSERT INTO dispatch_terms (rowid, terms) VALUES (?, ?)'),
    insertQuarantine: db.prepare<[string, number | null, string, Uint8Array | null, number, string]>(
      'INSERT INTO quarantine (source, source_index, reason, bytes, byte_length, received_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    byId: db.prepare<[string], DispatchRow>('SELECT * FROM dispatches WHERE id = ?'),
    list: db.prepare<[{ since: string | null; until: string | null; lang: string | null; limit: number }], DispatchRow>(
      `SELECT * FROM dispatches
       WHERE (@since IS NULL OR date >= @since) AND (@until IS NULL OR date <= @until) AND (@lang IS NULL OR lang = @lang)
       ORDER BY date DESC, seq DESC LIMIT @limit`,
    ),
    count: db.prepare<[], number>('SELECT count(*) FROM dispatches').pluck(),
    quarantine: db.prepare<[number], QuarantineRecord>(
      `SELECT id, source, source_index AS sourceIndex, reason, byte_length AS byteLength, received_at AS receivedAt
       FROM quarantine ORDER BY id DESC LIMIT ?`,
    ),
  };

  const searchPassages = createSqlitePassageSearch(db);

  function storyFor(prepared: PreparedDispatch): string {
    const { features } = prepared;
    const from = shiftDate(features.date, -1);
    const to = shiftDate(features.date, 1);
    const rows =
      features.cityKey === null
        ? statements.candidatesWithoutCity.all(from, to, STORY_CANDIDATES)
        : statements.candidates.all(features.cityKey, from, to, STORY_CANDIDATES);
    const candidates: StoryCandidate[] = rows.map((row) => ({
      id: row.id,
      storyId: row.story_id,
      lang: row.lang,
      date: row.date,
      cityKey: row.city_key,
      entityKeys: JSON.parse(row.entity_keys) as string[],
      leadTerms: JSON.parse(row.lead_terms) as string[],
    }));
    return chooseStory(features, candidates) ?? `s-${prepared.dispatch.id}`;
  }

  function insertOne(prepared: PreparedDispatch, ingestedAt: string): StoredDispatch {
    const { dispatch, features, paragraphTerms } = prepared;
    const existing = statements.idExists.get(dispatch.id);
    if (existing) return { id: dispatch.id, sourceIndex: dispatch.sourceIndex, duplicate: true, storyId: existing.story_id };
    const storyId = storyFor(prepared);
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
      paragraphs: JSON.stringify(dispatch.paragraphs),
      paragraphTerms: JSON.stringify(paragraphTerms),
    });
    const terms = paragraphTerms.filter((t): t is string => t !== null).join(' ');
    if (terms) statements.insertTerms.run(lastInsertRowid, terms);
    return { id: dispatch.id, sourceIndex: dispatch.sourceIndex, duplicate: false, storyId };
  }

  const saveTransaction = db.transaction((batch: SourceBatch, now: Date): StoredDispatch[] => {
    const at = now.toISOString();
    for (const item of batch.quarantine) {
      statements.insertQuarantine.run(item.source, item.sourceIndex, item.reason, item.bytes, item.byteLength, at);
    }
    return batch.dispatches.map((prepared) => insertOne(prepared, at));
  });

  function loadDispatch(id: string): Dispatch | null {
    const row = statements.byId.get(id);
    return row ? toDispatch(row) : null;
  }

  return {
    ...createSqliteDispatchVersions(db),
    async saveSource(batch, now) {
      return saveTransaction(batch, now);
    },
    async getDispatch(id) {
      return loadDispatch(id);
    },
    async getDispatches(ids) {
      return ids.map(loadDispatch).filter((d): d is Dispatch => d !== null);
    },
    async listDispatches(query: ListQuery): Promise<DispatchSummary[]> {
      return statements.list
        .all({ since: query.since ?? null, until: query.until ?? null, lang: query.lang ?? null, limit: query.limit })
        .map(toDispatchSummary);
    },
    async searchPassages(query: PassageQuery, options: PassageSearchOptions): Promise<PassageHit[]> {
      return searchPassages(query, options);
    },
    async countDispatches() {
      return statements.count.get() ?? 0;
    },
    async listQuarantine(limit) {
      return statements.quarantine.all(limit);
    },
  };
}
