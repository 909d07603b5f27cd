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
  async function phraseDocuments(phrases: string[][]): Promise<number[]> {
    return Promise.all(
      phrases.map(async (phrase) => {
        if (phrase.length === 1) {
          const { rows } = await pool.query<{ documents: number }>('SELECT documents FROM term_documents WHERE term = $1', [phrase[0]]);
          return rows[0]?.documents ?? 0;
        }
        const { rows } = await pool.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM dispatch_terms WHERE terms @@ phraseto_tsquery('simple', $1)",
          [phrase.join(' ')],
        );
        return rows[0]?.n ?? 0;
      }),
    );
  }

  async function findMatches(groups: string[][][], search: CandidateSearch): Promise<Match[]> {
    const params: unknown[] = [];
    const match = buildTsQuery(groups, search.mode, params);
    const filters: string[] = [];
    if (search.since !== undefined) filters.push(`d.date >= $${params.push(search.since)}`);
    if (search.until !== undefined) filters.push(`d.date <= $${params.push(search.until)}`);
    if (search.lang !== undefined) filters.push(`d.lang = $${params.push(search.lang)}`);
    const where = filters.length > 0 ? ` AND ${filters.join(' AND ')}` : '';
    const { rows } = await pool.query<Match>(
      `SELECT t.seq, d.date, t.indexed FROM dispatch_terms t JOIN dispatches d ON d.seq = t.seq
       WHERE t.terms @@ (${match})${where} ORDER BY t.seq DESC LIMIT $${params.push(search.window)}`,
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
      const [documents, totals] = await Promise.all([
        phraseDocuments(phrases),
        pool.query<{ documents: number; tokens: number }>('SELECT documents, tokens FROM index_totals WHERE id = 1'),
      ]);
      const indexTotals = { rows: totals.rows[0]?.documents ?? 0, tokens: totals.rows[0]?.tokens ?? 0 };
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
      const [total, counts] = await Promise.all([
        pool.query<{ n: number }>('SELECT coalesce(max(seq), 0)::int AS n FROM dispatches'),
        pool.query<{ term: string; documents: number }>('SELECT term, documents FROM term_documents WHERE term = ANY($1)', [terms]),
      ]);
      const documents = new Map(terms.map((term) => [term, 0]));
      for (const row of counts.rows) documents.set(row.term, row.documents);
      return { total: total.rows[0]?.n ?? 0, documents };
    },
  };
}
