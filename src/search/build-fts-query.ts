import type { PassageQuery } from '../store/dispatch-store.js';

function quote(phrase: readonly string[]): string {
  return `"${phrase.join(' ').replaceAll('"', '""')}"`;
}

function groupExpression(group: readonly string[][]): string | null {
  const alternatives = [...new Set(group.filter((phrase) => phrase.length > 0).map(quote))];
  if (alternatives.length === 0) return null;
  return alternatives.length === 1 ? (alternatives[0] as string) : `(${alternatives.join(' OR ')})`;
}

/**
 * An FTS5 MATCH expression over analysed terms. `all`: every concept of the query (any of its
 * forms in either language); `any`: at least one. Every phrase is quoted, so no word of a query is
 * read as FTS syntax. Null when nothing searchable is left.
 */
export function buildFtsQuery(query: PassageQuery, mode: 'all' | 'any' = 'any'): string | null {
  const groups = query.groups.map(groupExpression).filter((g): g is string => g !== null);
  if (groups.length === 0) return null;
  return groups.join(mode === 'all' ? ' AND ' : ' OR ');
}
