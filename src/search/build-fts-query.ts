import type { PassageQuery } from '../store/dispatch-store.js';

/** Characters a token can carry into the index (the analysers keep letters and digits only). */
const INDEXABLE = /[\p{L}\p{N}]/u;

/**
 * The phrases a full-text query is made of, per concept: each alternative's indexable tokens,
 * empty phrases and repeats within a concept left out; concepts with nothing left are dropped.
 * Every backend builds its match expression, and BM25 its phrase list, from these.
 */
export function queryPhrases(query: PassageQuery): string[][][] {
  const groups: string[][][] = [];
  for (const group of query.groups) {
    const seen = new Set<string>();
    const phrases: string[][] = [];
    for (const phrase of group) {
      const tokens = phrase.filter((token) => INDEXABLE.test(token));
      const key = tokens.join(' ');
      if (tokens.length === 0 || seen.has(key)) continue;
      seen.add(key);
      phrases.push(tokens);
    }
    if (phrases.length > 0) groups.push(phrases);
  }
  return groups;
}

/** One phrase as an FTS5 string: quoted, `"` doubled, so no word of a query is read as FTS syntax. */
const quote = (phrase: readonly string[]) => `"${phrase.join(' ').replaceAll('"', '""')}"`;

/**
 * An FTS5 MATCH expression over the column of space-joined analysed tokens: each concept is its
 * alternatives OR'ed (a multiword name as a quoted phrase, `"منظم شانغها تعا"`); concepts are
 * OR'ed by default (`any`: recall for questions, bm25 then ranks documents naming more concepts
 * first) or AND'ed (`all`). Every phrase is quoted, so `OR`, `NEAR`, `*` or `"` in a query are
 * words, not syntax. Null when nothing searchable is left.
 */
export function buildFtsQuery(query: PassageQuery, mode: 'all' | 'any' = 'any'): string | null {
  const groups = queryPhrases(query).map((phrases) => (phrases.length === 1 ? quote(phrases[0] as string[]) : `(${phrases.map(quote).join(' OR ')})`));
  if (groups.length === 0) return null;
  return groups.join(mode === 'all' ? ' AND ' : ' OR ');
}

/** Every distinct token of the query, in order of first appearance: the words to highlight in a snippet. */
export function queryTerms(query: PassageQuery): string[] {
  return [...new Set(query.groups.flat(2).filter((token) => INDEXABLE.test(token)))];
}
