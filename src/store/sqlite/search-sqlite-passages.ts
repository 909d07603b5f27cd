import { buildFtsQuery } from '../../search/build-fts-query.js';
import { conceptWeight, scorePassages } from '../../search/score-passages.js';
import type { PassageHit, PassageQuery, PassageSearchOptions } from '../dispatch-store.js';
import type { SqliteDatabase } from '../open-database.js';
import { type DispatchRow, type SummaryRow, toDispatchSummary } from './dispatch-row.js';
import type { TermDocuments } from './term-documents.js';

/**
 * How many of the newest matching dispatches BM25 ranks. A query whose words are on every other
 * dispatch ("minister", "percent") would otherwise score tens of thousands of rows; past this many,
 * the newest matches are the ones a wire reader wants.
 */
export const RANKED_WINDOW = 1000;

/** What a hit needs of its dispatch: the summary, the paragraphs and their terms (not the raw text). */
type HitRow = SummaryRow & Pick<DispatchRow, 'seq' | 'paragraphs' | 'paragraph_terms'> & { rank: number };

const HIT_COLUMNS = `d.seq, d.id, d.date, d.lang, d.agency, d.headline, d.dateline_city, d.dateline_day, d.dateline_month,
  d.urgent, d.story_id, d.ingested_at, d.paragraphs, d.paragraph_terms`;

/**
 * Passage search on SQLite: FTS5 finds the best dispatches by BM25 among the newest
 * `RANKED_WINDOW` matches (every concept of the query first, then any of them to fill up), then
 * each paragraph of those dispatches is scored by the rarity of the concepts it names, and ranked
 * by both.
 */
export function createSqlitePassageSearch(db: SqliteDatabase, termDocuments: TermDocuments, window = RANKED_WINDOW) {
  const documentCount = db.prepare<[], number>('SELECT coalesce(max(seq), 0) FROM dispatches').pluck();
  const unfiltered = db.prepare<[{ match: string; limit: number; window: number }], HitRow>(
    `SELECT ${HIT_COLUMNS}, hits.rank AS rank
     FROM (SELECT rowid, rank FROM (
             SELECT rowid, rank FROM dispatch_terms WHERE dispatch_terms MATCH @match ORDER BY rowid DESC LIMIT @window
           ) ORDER BY rank LIMIT @limit) AS hits
     JOIN dispatches d ON d.seq = hits.rowid
     ORDER BY hits.rank, d.date DESC, d.seq DESC`,
  );
  const filtered = db.prepare<
    [{ match: string; limit: number; window: number; since: string | null; until: string | null; lang: string | null }],
    HitRow
  >(
    `SELECT ${HIT_COLUMNS}, hits.rank AS rank
     FROM (SELECT dispatch_terms.rowid AS seq, dispatch_terms.rank AS rank
           FROM dispatch_terms JOIN dispatches m ON m.seq = dispatch_terms.rowid
           WHERE dispatch_terms MATCH @match
             AND (@since IS NULL OR m.date >= @since) AND (@until IS NULL OR m.date <= @until) AND (@lang IS NULL OR m.lang = @lang)
           ORDER BY dispatch_terms.rowid DESC LIMIT @window) AS hits
     JOIN dispatches d ON d.seq = hits.seq
     ORDER BY hits.rank, d.date DESC, d.seq DESC LIMIT @limit`,
  );

  function findDispatches(match: string, limit: number, options: PassageSearchOptions): HitRow[] {
    const isFiltered = options.since !== undefined || options.until !== undefined || options.lang !== undefined;
    return isFiltered
      ? filtered.all({ match, limit, window, since: options.since ?? null, until: options.until ?? null, lang: options.lang ?? null })
      : unfiltered.all({ match, limit, window });
  }

  function weights(query: PassageQuery): number[] {
    const total = documentCount.get() ?? 0;
    return query.groups.map((group) => {
      const documents = Math.max(
        0,
        ...group.map((phrase) => Math.min(...phrase.map((token) => termDocuments.documents(token)))),
      );
      return conceptWeight(documents, total);
    });
  }

  return function searchPassages(query: PassageQuery, options: PassageSearchOptions): PassageHit[] {
    const all = buildFtsQuery(query, 'all');
    if (all === null) return [];
    const dispatchLimit = Math.max(10, options.limit);
    const rows = findDispatches(all, dispatchLimit, options);
    if (rows.length < dispatchLimit && query.groups.length > 1) {
      const seen = new Set(rows.map((row) => row.seq));
      // Dispatches naming only some concepts rank after those naming all.
      const worst = Math.max(0, ...rows.map((row) => row.rank));
      for (const row of findDispatches(buildFtsQuery(query, 'any') as string, dispatchLimit, options)) {
        if (!seen.has(row.seq)) rows.push({ ...row, rank: worst + row.rank / 2 });
      }
    }
    const conceptWeights = weights(query);
    const totalWeight = conceptWeights.reduce((sum, w) => sum + w, 0) || 1;
    const hits: Array<PassageHit & { seq: number }> = [];
    for (const row of rows) {
      const summary = toDispatchSummary(row);
      const paragraphs = JSON.parse(row.paragraphs) as string[];
      const terms = JSON.parse(row.paragraph_terms) as Array<string | null>;
      const scores = scorePassages(terms.map((text) => (text === null ? null : text.split(' '))), query, conceptWeights);
      scores.forEach((passageScore, paragraph) => {
        if (passageScore === 0) return;
        hits.push({
          seq: row.seq,
          dispatchId: row.id,
          paragraph,
          text: paragraphs[paragraph] as string,
          score: (-row.rank * passageScore) / totalWeight,
          date: summary.date,
          lang: summary.lang,
          agency: summary.agency,
          headline: summary.headline,
          dateline: summary.dateline,
          urgent: summary.urgent,
          storyId: summary.storyId,
        });
      });
    }
    hits.sort((a, b) => b.score - a.score || b.date.localeCompare(a.date) || b.seq - a.seq);
    return hits.slice(0, options.limit).map(({ seq: _seq, ...hit }) => hit);
  };
}
