import { buildFtsQuery } from '../../search/build-fts-query.js';
import type { CandidateSearch, PassageCandidate, PassageCandidates, PassageQuery } from '../dispatch-store.js';
import type { SqliteDatabase } from '../open-database.js';
import { type DispatchRow, type SummaryRow, toDispatchSummary } from './dispatch-row.js';
import type { TermDocuments } from './term-documents.js';

/** What a candidate needs of its dispatch: the summary, the paragraphs and their terms (not the raw text). */
type HitRow = SummaryRow & Pick<DispatchRow, 'seq' | 'paragraphs' | 'paragraph_terms'> & { rank: number };

const HIT_COLUMNS = `d.seq, d.id, d.date, d.lang, d.agency, d.headline, d.dateline_city, d.dateline_day, d.dateline_month,
  d.urgent, d.story_id, d.ingested_at, d.paragraphs, d.paragraph_terms`;

/**
 * Passage candidates on SQLite: FTS5 finds the best dispatches by its BM25 among the newest
 * `window` matches; term statistics come from `term_documents`. Ranking is src/search's.
 */
export function createSqlitePassageCandidates(db: SqliteDatabase, termDocuments: TermDocuments): PassageCandidates {
  const documentCount = db.prepare<[], number>('SELECT coalesce(max(seq), 0) FROM dispatches').pluck();
  const unfiltered = db.prepare<[{ match: string; limit: number; window: number }], HitRow>(
    `SELECT ${HIT_COLUMNS}, hits.rank AS rank
     FROM (SELECT rowid, rank FROM (
             SELECT rowid, rank FROM dispatch_terms WHERE dispatch_terms MATCH @match ORDER BY rowid DESC LIMIT @window
           ) ORDER BY rank LIMIT @limit) AS hits
     JOIN dispatches d ON d.seq = hits.rowid
     ORDER BY hits.rank, d.date DESC, d.seq DESC`,
  );
  // The first and last seq of the dispatches a date filter keeps, from the dates' index: full-text matches
  // outside them are not walked (a search within a week's dispatches no longer reads every match of its
  // words in the store). Bounds that are constants (no OR on a NULL parameter), so that the indexes on
  // (lang, date) and (date) serve them.
  const seqsBetween = (lang: string) =>
    db.prepare<[{ since: string | null; until: string | null; lang: string | null }], { lo: number | null; hi: number | null }>(
      `SELECT min(seq) AS lo, max(seq) AS hi FROM dispatches
       WHERE ${lang} date >= coalesce(@since, '') AND date <= coalesce(@until, char(1114111))`,
    );
  const seqsInLang = seqsBetween('lang = @lang AND');
  const seqsAnyLang = seqsBetween('');
  const filtered = db.prepare<
    [{ match: string; limit: number; window: number; since: string | null; until: string | null; lang: string | null; lo: number; hi: number }],
    HitRow
  >(
    `SELECT ${HIT_COLUMNS}, hits.rank AS rank
     FROM (SELECT dispatch_terms.rowid AS seq, dispatch_terms.rank AS rank
           FROM dispatch_terms JOIN dispatches m ON m.seq = dispatch_terms.rowid
           WHERE dispatch_terms MATCH @match AND dispatch_terms.rowid >= @lo AND dispatch_terms.rowid <= @hi
             AND (@since IS NULL OR m.date >= @since) AND (@until IS NULL OR m.date <= @until) AND (@lang IS NULL OR m.lang = @lang)
           ORDER BY dispatch_terms.rowid DESC LIMIT @window) AS hits
     JOIN dispatches d ON d.seq = hits.seq
     ORDER BY hits.rank, d.date DESC, d.seq DESC LIMIT @limit`,
  );

  const toCandidate = (row: HitRow): PassageCandidate => ({
    ...toDispatchSummary(row),
    seq: row.seq,
    relevance: -row.rank,
    paragraphs: JSON.parse(row.paragraphs) as string[],
    paragraphTerms: JSON.parse(row.paragraph_terms) as Array<string | null>,
  });

  return {
    async findCandidates(query: PassageQuery, search: CandidateSearch) {
      const match = buildFtsQuery(query, search.mode);
      if (match === null) return [];
      const { limit, window } = search;
      const isFiltered = search.since !== undefined || search.until !== undefined || search.lang !== undefined;
      if (!isFiltered) return unfiltered.all({ match, limit, window }).map(toCandidate);
      const filter = { since: search.since ?? null, until: search.until ?? null, lang: search.lang ?? null };
      const dated = filter.since !== null || filter.until !== null;
      const { lo, hi } = dated ? ((filter.lang === null ? seqsAnyLang : seqsInLang).get(filter) ?? { lo: null, hi: null }) : { lo: 0, hi: Number.MAX_SAFE_INTEGER };
      if (lo === null || hi === null) return [];
      const rows = filtered.all({ match, limit, window, ...filter, lo, hi });
      return rows.map(toCandidate);
    },
    async termStatistics(terms) {
      return { total: documentCount.get() ?? 0, documents: new Map(terms.map((term) => [term, termDocuments.documents(term)])) };
    },
  };
}
