import type { DispatchStore } from '../store/dispatch-store.js';
import { buildNameVocabulary, type NameVocabulary } from '../text/name-vocabulary.js';

const built = new WeakMap<DispatchStore, { count: number; vocabulary: NameVocabulary }>();

/**
 * The store's vocabulary indexed for names across scripts, built once and again only when the
 * number of stored dispatches changed. Undefined for a backend that cannot list its terms.
 */
export async function loadNameVocabulary(store: DispatchStore): Promise<NameVocabulary | undefined> {
  if (!store.listTerms) return undefined;
  const count = await store.countDispatches();
  const cached = built.get(store);
  if (cached?.count === count) return cached.vocabulary;
  const vocabulary = buildNameVocabulary(await store.listTerms());
  built.set(store, { count, vocabulary });
  return vocabulary;
}
