import type { NameVocabulary } from '../text/name-vocabulary.js';

/**
 * English suffixes that make a noun of a verb's stem: "adopt" → "adoption", "conduct" → "conductor",
 * "organis" → "organiser", "pay" → "payment". The analyser strips inflections ("adopted" → adopt),
 * not these.
 */
const NOUN_SUFFIXES = ['ion', 'ation', 'or', 'er', 'ment'];

/**
 * The stored nouns made from an English word no dispatch holds: a reader asks how many pets "got
 * adopted", the wire writes of an "adoption campaign"; asked who is "conducting", it names the
 * "conductor". Only for a Latin token of four letters or more that the store does not hold, so a word the
 * wire uses keeps its own sense. Pure.
 */
export function storedDerivations(token: string, names: NameVocabulary | undefined): string[] {
  if (!names || !/^[a-z]{4,}$/.test(token) || names.holds(token)) return [];
  return NOUN_SUFFIXES.map((suffix) => `${token}${suffix}`).filter((term) => names.holds(term));
}
