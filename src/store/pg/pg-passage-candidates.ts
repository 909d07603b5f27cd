import { queryPhrases } from '../../search/build-fts-query.js';
import { bm25 } from '../../search/bm25.js';
import type { CandidateSearch, PassageCandidate, PassageCandidates, PassageQuery } from '../dispatch-store.js';
import { type DispatchRow, toDispatchSummary } from '../sqlite/dispatch-row.js';
import type { PgPool } from './pg-pool.js';

const SUMMARY_COLUMNS = `seq, id, date, lang, agency, headline, dateline_city, dateline_day, dateline_month,
  urgent, story_id, ingested_at, paragraphs, paragraph_terms`;

/** A tsquery over the analysed terms: each phrase through `phraseto_tsquery('simple', …)`, alternatives OR'ed, concepts joined by `mode`. */
function buildTsQuery(groups: string[][][], mode: CandidateSearch['mode'], params: unknown[]): string {
  const expressions = groups.map((phrases) => {
    const parts = phrases.map((phrase) => {
      params.push(phrase.join(' '));
      return `phraseto_tsquery('simple', $${params.length})`;
    });
    return `(${parts.join(' || ')})`;
  });
  return expressions.join(mode === 'all' ? ' && ' : ' || ');
}

/** Phrase counts kept per process, for one index generation. */
const PHRASES_REMEMBERED = 10_000;

interface Match {
  seq: number;
  date: string;
  indexed: string;
}

/**
 * Passage candidates on PostgreSQL: the GIN index finds the newest `window` matches; BM25 is
 * computed here as FTS5 computes it (phrase document counts, the index's totals), so both
 * backends offer the same candidates in the same order.
 */
export function createPgPassageCandidates(pool: PgPool): PassageCandidates {
  async function termDocuments(terms: readonly string[]): Promise<Map<string, number>> {
    const documents = new Map(terms.map((term) => [term, 0]));
    if (terms.length === 0) return documents;
    const { rows } = await pool.query<{ term: string; documents: number }>('SELECT term, documents FROM term_documents WHERE term = ANY($1)', [terms]);
    for (const row of rows) documents.set(row.term, row.documents);
    return documents;
  }

  /** Phrase counts of the index generation `generation`: counting a phrase reads every dispatch holding its words. */
  const counted = { generation: -1, phrases: new Map<string, number>() };
  async function countPhrase(phrase: string, generation: number): Promise<number> {
    if (counted.generation !== generation || counted.phrases.size >= PHRASES_REMEMBERED) counted.phrases = new Map();
    counted.generation = generation;
    const known = counted.phrases.get(phrase);
    if (known !== undefined) return known;
    const { rows } = await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM dispatch_terms WHERE terms @@ phraseto_tsquery('simple', $1)", [phrase]);
    const n = rows[0]?.n ?? 0;
    if (counted.generation === generation) counted.phrases.set(phrase, n);
    return n;
  }

  /** How many indexed dispatches hold each phrase: a word from its count, a longer phrase counted in the index. */
  async function phraseDocuments(phrases: string[][], generation: number): Promise<number[]> {
    const words = phrases.filter((phrase) => phrase.length === 1).map((phrase) => phrase[0] as string);
    const [counts, ...longer] = await Promise.all([
      termDocuments(words),
      ...phrases.map((phrase) => (phrase.length === 1 ? 0 : countPhrase(phrase.join(' '), generation))),
    ]);
    return phrases.map((phrase, index) => (phrase.length === 1 ? (counts.get(phrase[0] as string) ?? 0) : (longer[index] as number)));
  }

  async function findMatches(groups: string[][][], search: CandidateSearch): Promise<Match[]> {
    const params: unknown[] = [];
    const match = buildTsQuery(groups, search.mode, params);
    const filters: string[] = [];
    if (search.since !== undefined) filters.push(`date >= $${params.push(search.since)}`);
    if (search.until !== undefined) filters.push(`date <= $${params.push(search.until)}`);
    if (search.lang !== undefined) filters.push(`lang = $${params.push(search.lang)}`);
    // Dated, the planner can read the dates' rows from dispatch_terms_by_date (migration 080) and test their
    // terms, instead of walking every full-text match or every dispatch filed since.
    const where = filters.length > 0 ? ` AND ${filters.join(' AND ')}` : '';
    const { rows } = await pool.query<Match>(
      `SELECT seq, date, indexed FROM dispatch_terms WHERE terms @@ (${match})${where} ORDER BY seq DESC LIMIT $${params.push(search.window)}`,
      params,
    );
    return rows;
  }

  return {
    async findCandidates(query: PassageQuery, search: CandidateSearch) {
      const groups = queryPhrases(query);
      if (groups.length === 0) return [];
      const matches = await findMatches(groups, search);
      if (matches.length === 0) return [];
      const phrases = groups.flat();
      const totals = (await pool.query<{ documents: number; tokens: number; generation: number }>('SELECT documents, tokens, generation FROM index_totals WHERE id = 1')).rows[0];
      const documents = await phraseDocuments(phrases, totals?.generation ?? 0);
      const indexTotals = { rows: totals?.documents ?? 0, tokens: totals?.tokens ?? 0 };
      const best = matches
        .map((m) => ({ ...m, relevance: bm25(m.indexed.split(' '), phrases, documents, indexTotals) }))
        .sort((a, b) => b.relevance - a.relevance || b.date.localeCompare(a.date) || b.seq - a.seq)
        .slice(0, search.limit);
      const { rows } = await pool.query<DispatchRow>(`SELECT ${SUMMARY_COLUMNS} FROM dispatches WHERE seq = ANY($1)`, [best.map((b) => b.seq)]);
      const bySeq = new Map(rows.map((row) => [row.seq, row]));
      return best.map((b): PassageCandidate => {
        const row = bySeq.get(b.seq) as DispatchRow;
        return {
          ...toDispatchSummary(row),
          seq: b.seq,
          relevance: b.relevance,
          paragraphs: JSON.parse(row.paragraphs) as string[],
          paragraphTerms: JSON.parse(row.paragraph_terms) as Array<string | null>,
        };
      });
    },
    async termStatistics(terms) {
      const [total, documents] = await Promise.all([pool.query<{ n: number }>('SELECT coalesce(max(seq), 0)::int AS n FROM dispatches'), termDocuments(terms)]);
      return { total: total.rows[0]?.n ?? 0, documents };
    },
  };
}
