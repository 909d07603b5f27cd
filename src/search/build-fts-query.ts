import type { PassageQuery } from '../store/dispatch-store.js';

function quote(token: string): string {
  return `"${token.replaceAll('"', '""')}"`;
}

/**
 * An FTS5 MATCH expression: alternatives of a concept and the concepts themselves OR'ed, phrases
 * quoted (so no word of a query is read as FTS syntax). BM25 then ranks passages that match more
 * concepts, and rarer ones, first. Null when nothing searchable is left.
 */
export function buildFtsQuery(query: PassageQuery): string | null {
  const parts = new Set<string>();
  for (const group of query.groups) {
    for (const phrase of group) {
      if (phrase.length > 0) parts.add(phrase.length === 1 ? quote(phrase[0] as string) : quote(phrase.join(' ')));
    }
  }
  return parts.size === 0 ? null : [...parts].join(' OR ');
}
