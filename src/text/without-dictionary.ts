import type { ExpandedQuery } from './expand-query.js';

/**
 * A query expanded with the general dictionary as expandQuery would have expanded it without: each
 * group less the dictionary's alternatives, which it adds last (after the forms, and as the whole of
 * `translated`'s list, since it adds them only where no translation or spelling bridges). One
 * expansion then serves both the search (with) and the relevance judge (without). Pure.
 */
export function withoutDictionary(query: ExpandedQuery): ExpandedQuery {
  const { dictionary, translated, ...rest } = query;
  if (!dictionary) return query;
  const less = (list: readonly string[][][]) => list.map((alternatives, i) => alternatives.slice(0, alternatives.length - (dictionary[i]?.length ?? 0)));
  const kept = translated ? less(translated) : [];
  return { ...rest, groups: less(query.groups), ...(kept.some((list) => list.length > 0) ? { translated: kept } : {}) };
}
