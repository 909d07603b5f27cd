import { analyseText } from '../text/analyse-text.js';
import { findEntitiesInTokens } from '../text/find-entities.js';

/** A family name as English writes one ("Al-Qattan", "bin Salem"). */
const FAMILY_NAME = /\b(?:Al|El|bin|Bin)[-\s](\p{Lu}[\p{L}'-]*\p{L})/gu;

/**
 * The analysed tokens of the English family names in a text ("Hamad Al-Mutairi" → `mutairi`): a
 * person's name whether or not a list knows it. A name the gazetteer lists (Al-Ahmadi the governorate,
 * Al-Arabi the club) is its entry's, not a person's. Pure.
 */
export function findFamilyNames(text: string): string[] {
  return [...text.matchAll(FAMILY_NAME)].map((match) => analyseText(match[1] as string)).filter((tokens) => findEntitiesInTokens(tokens).length === 0).flat();
}
