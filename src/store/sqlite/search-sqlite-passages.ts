import { buildFtsQuery } from '../../search/build-fts-query.js';
import { conceptWeight, scorePassages } from '../../search/score-passages.js';
import type { PassageHit, PassageQuery, PassageSearchOptions } from '../dispatch-store.js';
import type { SqliteDatabase } from '../open-database.js';
import { type DispatchRow, toDispatchSummary } from './dispatch-row.js';

interface HitRow extends DispatchRow {
  rank: number;
}

/**
 * Passage search on SQLite: FTS5 finds the best dispatches by BM25 (every concept of the query
 * first, then any of them to fill up), then each paragraph of those dispatches is scored by the
 * rarity of the concepts it names, and ranked by both.
 */
export function createSqlitePassageSearch(db: SqliteDatabase) {
  const documentCount = db.prepare<[], number>('SELECT coalesce(max(seq), 0) FROM dispatches').pluck();
  const termDocuments = db.prepare<[string], number>('SELECT doc FROM dispatch_term_counts WHERE term = ?').pluck();
  const unfiltered = db.prepare<[{ match: string; limit: number }], HitRow>(
    `SELECT d.*, hits.rank AS rank
     FROM (SELECT rowid, rank FROM dispatch_terms WHERE dispatch_terms MATCH @match ORDER BY rank LIMIT @limit) AS hits
     JOIN dispatches d ON d.seq = hits.rowid
     ORDER BY hits.rank, d.date DESC, d.seq DESC`,
  );
  const filtered = db.prepare<[{ match: string; limit: number; since: string | null; until: string | null; lang: string | null }], HitRow>(
    `SELECT d.*, dispatch_terms.rank AS rank
     FROM dispatch_terms JOIN dispatches d ON d.seq = dispatch_terms.rowid
     WHERE dispatch_terms MATCH @match
       AND (@since IS NULL OR d.date >= @since) AND (@until IS NULL OR d.date <= @until) AND (@lang IS NULL OR d.lang = @lang)
     ORDER BY dispatch_terms.rank, d.date DESC, d.seq DESC LIMIT @limit`,
  );

  function findDispatches(match: string, limit: number, options: PassageSearchOptions): HitRow[] {
    const isFiltered = options.since !== undefined || options.until !== undefined || options.lang !== undefined;
    return isFiltered
      ? filtered.all({ match, limit, since: options.since ?? null, until: options.until ?? null, lang: options.lang ?? null })
      : unfiltered.all({ match, limit });
  }

  function weights(query: PassageQuery): number[] {
    const total = documentCount.get() ?? 0;
    return query.groups.map((group) => {
      const documents = Math.max(
        0,
        ...group.map((phrase) => Math.min(...phrase.map((token) => termDocuments.get(token) ?? 0))),
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
