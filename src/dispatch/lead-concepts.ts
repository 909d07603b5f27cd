import { loadWireLexicon } from '../text/wire-lexicon.js';
import type { StoryFeatures } from './story-features.js';

/** A dispatch's lead read through the wire lexicon: each word's concepts, and all of them together. */
interface LeadReading {
  byTerm: ReadonlyMap<string, ReadonlySet<string>>;
  all: readonly string[];
  allSet: ReadonlySet<string>;
}

const cache = new WeakMap<StoryFeatures, LeadReading>();

/**
 * The wire lexicon's concepts of each word of a dispatch's headline and lead (its `leadTerms` looked up one at a
 * time; a word no concept holds is left out): language-neutral keys (`lex:team` for "teams" and `فرق`), so the Arabic
 * and English versions of a story can be compared by what their leads say, not only by figures and names. A word
 * may stand in several concepts (`school` in "school" and "middle school"). Read once per dispatch object: a
 * candidate is compared with every new dispatch of its day.
 */
function readLead(features: StoryFeatures): LeadReading {
  const known = cache.get(features);
  if (known !== undefined) return known;
  const { conceptsOf } = loadWireLexicon();
  const byTerm = new Map<string, ReadonlySet<string>>();
  for (const term of features.leadTerms) {
    const concepts = conceptsOf.get(term);
    if (concepts !== undefined) byTerm.set(term, concepts);
  }
  const allSet = new Set([...byTerm.values()].flatMap((concepts) => [...concepts]));
  const reading = { byTerm, all: [...allSet].sort(), allSet };
  cache.set(features, reading);
  return reading;
}

/** Every concept a dispatch's lead names (see readLead), sorted. */
export function leadConcepts(features: StoryFeatures): readonly string[] {
  return readLead(features).all;
}

/**
 * How many words of the new dispatch's lead name a concept the candidate's lead names too, each word once however
 * many concepts it shares, not counting a concept `counts` refuses (one the day's other stories' leads also name).
 */
export function leadWordsShared(features: StoryFeatures, candidate: StoryFeatures, counts: (concept: string) => boolean): number {
  const theirs = readLead(candidate).allSet;
  let shared = 0;
  for (const concepts of readLead(features).byTerm.values()) if ([...concepts].some((c) => theirs.has(c) && counts(c))) shared += 1;
  return shared;
}
