import { countTermDocuments, indexedText } from '../sqlite/term-documents.js';
import type { PgClient } from './pg-pool.js';

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters. */
const ROWS_PER_INSERT = 500;

/**
 * Fills an empty `dispatch_terms` and `term_documents` from every stored dispatch's terms, in the
 * caller's transaction, and sets the index totals as ingesting them did: the totals count
 * superseded dispatches too (see the migration), the index only current ones.
 */
export async function indexEveryPgDispatch(client: PgClient): Promise<void> {
  const { rows } = await client.query<{ seq: number; paragraph_terms: string; superseded: boolean }>(
    `SELECT seq, paragraph_terms, EXISTS (SELECT 1 FROM dispatch_versions v WHERE v.previous_id = d.id) AS superseded
     FROM dispatches d ORDER BY seq`,
  );
  const indexed: Array<{ seq: number; terms: string }> = [];
  let everIndexed = 0;
  let tokens = 0;
  for (const row of rows) {
    const terms = indexedText(JSON.parse(row.paragraph_terms) as Array<string | null>);
    if (!terms) continue;
    everIndexed += 1;
    tokens += terms.split(' ').length;
    if (!row.superseded) indexed.push({ seq: row.seq, terms });
  }
  for (let start = 0; start < indexed.length; start += ROWS_PER_INSERT) {
    const chunk = indexed.slice(start, start + ROWS_PER_INSERT);
    await client.query(
      `INSERT INTO dispatch_terms (seq, date, lang, terms, indexed, token_count)
       SELECT t.seq, d.date, d.lang, to_tsvector('simple', t.terms), t.terms, array_length(string_to_array(t.terms, ' '), 1)
       FROM unnest($1::int[], $2::text[]) AS t (seq, terms) JOIN dispatches d ON d.seq = t.seq`,
      [chunk.map((c) => c.seq), chunk.map((c) => c.terms)],
    );
  }
  const counts = countTermDocuments(indexed.map((c) => c.terms));
  await client.query('INSERT INTO term_documents (term, documents) SELECT * FROM unnest($1::text[], $2::int[])', [[...counts.keys()], [...counts.values()]]);
  await client.query('UPDATE index_totals SET documents = $1, tokens = $2, generation = generation + 1 WHERE id = 1', [everIndexed, tokens]);
}
