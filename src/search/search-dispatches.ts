import type { Lang } from '../dispatch/dispatch-types.js';
import type { DispatchStore } from '../store/dispatch-store.js';
import { expandQuery } from '../text/expand-query.js';
import { loadInducedLexicon } from './load-induced-lexicon.js';
import { loadNameVocabulary } from './load-name-vocabulary.js';
import { makeSnippet } from './make-snippet.js';

export interface DispatchSearchResult {
  id: string;
  score: number;
  date: string;
  lang: Lang;
  headline: string;
  snippet: string;
}

/** Search by dispatch: the query expanded across languages (names the gazetteer lacks by their skeletons, words the lexicon lacks by the store's own translations), one result per dispatch (its best paragraph as the snippet). */
export async function searchDispatches(store: DispatchStore, text: string, limit: number): Promise<DispatchSearchResult[]> {
  const query = expandQuery(text, { names: await loadNameVocabulary(store), induced: await loadInducedLexicon(store) });
  const hits = await store.searchPassages(query, { limit: limit * 4 });
  const results: DispatchSearchResult[] = [];
  const seen = new Set<string>();
  for (const hit of hits) {
    if (seen.has(hit.dispatchId)) continue;
    seen.add(hit.dispatchId);
    results.push({
      id: hit.dispatchId,
      score: Math.round(hit.score * 1000) / 1000,
      date: hit.date,
      lang: hit.lang,
      headline: hit.headline,
      snippet: makeSnippet(hit.text),
    });
    if (results.length === limit) break;
  }
  return results;
}
