import type { CandidateSearch, PassageCandidate, PassageCandidates, PassageHit, PassageQuery, PassageSearchOptions } from '../store/dispatch-store.js';
import { queryTerms } from './build-fts-query.js';
import { conceptWeight, scorePassages } from './score-passages.js';

/**
 * How many of the newest matching dispatches BM25 ranks. A query whose words are on every other
 * dispatch ("minister", "percent") would otherwise score tens of thousands of rows; past this many,
 * the newest matches are the ones a wire reader wants.
 */
export const RANKED_WINDOW = 1000;

/** A concept's document count: its most common alternative, a phrase counted by its rarest word. */
function conceptWeights(query: PassageQuery, documents: Map<string, number>, total: number): number[] {
  return query.groups.map((group) => {
    const count = Math.max(0, ...group.map((phrase) => Math.min(...phrase.map((token) => documents.get(token) ?? 0))));
    return conceptWeight(count, total);
  });
}

/**
 * The dispatches to score: every concept of the query first, then, when those are too few, the
 * dispatches naming only some concepts at half their relevance. Both backends' relevance is positive,
 * so `worst` is 0 and a dispatch naming the rare concepts but not a common one may outrank one naming
 * all: a soft AND. Ranking every such dispatch below the weakest full match was measured in the tenth
 * session (branch s10-rank) and lowered dev recall@5 on two sets and MRR on three; kept as it is.
 */
async function findDispatches(source: PassageCandidates, query: PassageQuery, options: PassageSearchOptions, window: number) {
  const search: CandidateSearch = { mode: 'all', limit: Math.max(10, options.limit), window };
  if (options.since !== undefined) search.since = options.since;
  if (options.until !== undefined) search.until = options.until;
  if (options.lang !== undefined) search.lang = options.lang;
  const rows = await source.findCandidates(query, search);
  if (rows.length < search.limit && query.groups.length > 1) {
    const seen = new Set(rows.map((row) => row.seq));
    const worst = Math.max(0, ...rows.map((row) => -row.relevance));
    for (const row of await source.findCandidates(query, { ...search, mode: 'any' })) {
      if (!seen.has(row.seq)) rows.push({ ...row, relevance: row.relevance / 2 - worst });
    }
  }
  return rows;
}

function hitsOf(row: PassageCandidate, query: PassageQuery, weights: number[], totalWeight: number) {
  const scores = scorePassages(row.paragraphTerms.map((text) => (text === null ? null : text.split(' '))), query, weights);
  const hits: Array<PassageHit & { seq: number }> = [];
  scores.forEach((passageScore, paragraph) => {
    if (passageScore === 0) return;
    hits.push({
      seq: row.seq,
      dispatchId: row.id,
      paragraph,
      text: row.paragraphs[paragraph] as string,
      score: (row.relevance * passageScore) / totalWeight,
      date: row.date,
      lang: row.lang,
      agency: row.agency,
      headline: row.headline,
      dateline: row.dateline,
      urgent: row.urgent,
      storyId: row.storyId,
    });
  });
  return hits;
}

/**
 * Passage search over any backend: the backend finds the best dispatches by its BM25 among the
 * newest `window` matches (every concept of the query first, then any of them to fill up); each
 * paragraph of those is scored by the rarity of the concepts it names, and ranked by both.
 */
export async function searchPassages(
  source: PassageCandidates,
  query: PassageQuery,
  options: PassageSearchOptions,
  window = RANKED_WINDOW,
): Promise<PassageHit[]> {
  if (queryTerms(query).length === 0) return [];
  const rows = await findDispatches(source, query, options, window);
  if (rows.length === 0) return [];
  const { total, documents } = await source.termStatistics(queryTerms(query));
  const weights = conceptWeights(query, documents, total);
  const totalWeight = weights.reduce((sum, w) => sum + w, 0) || 1;
  const hits = rows.flatMap((row) => hitsOf(row, query, weights, totalWeight));
  hits.sort((a, b) => b.score - a.score || b.date.localeCompare(a.date) || b.seq - a.seq);
  return hits.slice(0, options.limit).map(({ seq: _seq, ...hit }) => hit);
}
