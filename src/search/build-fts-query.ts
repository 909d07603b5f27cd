import type { PassageQuery } from '../store/dispatch-store.js';

/** Characters a token can carry into the index (the analysers keep letters and digits only). */
const INDEXABLE = /[\p{L}\p{N}]/u;

/** One phrase as an FTS5 string: quoted, `"` doubled, so no word of a query is read as FTS syntax. */
function quote(phrase: readonly string[]): string | null {
  const tokens = phrase.filter((token) => INDEXABLE.test(token));
  return tokens.length === 0 ? null : `"${tokens.join(' ').replaceAll('"', '""')}"`;
}

function groupExpression(group: readonly string[][]): string | null {
  const alternatives = [...new Set(group.map(quote).filter((phrase): phrase is string => phrase !== null))];
  if (alternatives.length === 0) return null;
  return alternatives.length === 1 ? (alternatives[0] as string) : `(${alternatives.join(' OR ')})`;
}

/**
 * An FTS5 MATCH expression over the column of space-joined analysed tokens: each concept is its
 * alternatives OR'ed (a multiword name as a quoted phrase, `"منظم شانغها تعا"`); concepts are
 * OR'ed by default (`any`: recall for questions, bm25 then ranks documents naming more concepts
 * first) or AND'ed (`all`). Every phrase is quoted, so `OR`, `NEAR`, `*` or `"` in a query are
 * words, not syntax. Null when nothing searchable is left.
 */
export function buildFtsQuery(query: PassageQuery, mode: 'all' | 'any' = 'any'): string | null {
  const groups = query.groups.map(groupExpression).filter((g): g is string => g !== null);
  if (groups.length === 0) return null;
  return groups.join(mode === 'all' ? ' AND ' : ' OR ');
}

/** Every distinct token of the query, in order of first appearance: the words to highlight in a snippet. */
export function queryTerms(query: PassageQuery): string[] {
  return [...new Set(query.groups.flat(2).filter((token) => INDEXABLE.test(token)))];
}
