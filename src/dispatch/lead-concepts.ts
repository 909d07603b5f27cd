import { loadWireLexicon } from '../text/wire-lexicon.js';
import type { StoryFeatures } from './story-features.js';

const cache = new WeakMap<StoryFeatures, Map<string, ReadonlySet<string>>>();

/**
 * The wire lexicon's concepts of each word of a dispatch's headline and lead (its `leadTerms` looked up one at a
 * time; a word no concept holds is left out): language-neutral keys (`lex:team` for "teams" and `فرق`), so the Arabic
 * and English versions of a story can be compared by what their leads say, not only by figures and names. A word
 * may stand in several concepts (`school` in "school" and "middle school"). Read once per dispatch object.
 */
export function leadConceptsByTerm(features: StoryFeatures): ReadonlyMap<string, ReadonlySet<string>> {
  const known = cache.get(features);
  if (known !== undefined) return known;
  const { conceptsOf } = loadWireLexicon();
  const byTerm = new Map<string, ReadonlySet<string>>();
  for (const term of features.leadTerms) {
    const concepts = conceptsOf.get(term);
    if (concepts !== undefined) byTerm.set(term, concepts);
  }
  cache.set(features, byTerm);
  return byTerm;
}

/** Every concept a dispatch's lead names (see leadConceptsByTerm), sorted. */
export function leadConcepts(features: StoryFeatures): string[] {
  return [...new Set([...leadConceptsByTerm(features).values()].flatMap((concepts) => [...concepts]))].sort();
}

/**
 * How many words of the new dispatch's lead name a concept the candidate's lead names too, each word once however
 * many concepts it shares, not counting a concept `counts` refuses (one the day's other stories' leads also name).
 */
export function leadWordsShared(features: StoryFeatures, candidate: StoryFeatures, counts: (concept: string) => boolean): number {
  const theirs = new Set(leadConcepts(candidate));
  let shared = 0;
  for (const concepts of leadConceptsByTerm(features).values()) if ([...concepts].some((c) => theirs.has(c) && counts(c))) shared += 1;
  return shared;
}
