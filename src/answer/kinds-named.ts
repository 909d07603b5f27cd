import { normaliseArabic } from '../text/analyse-arabic.js';

/**
 * The kinds a text names, each kind found by its pattern over the text with Arabic normalised (ة → ه):
 * the seasons, the periods of a rate or the medals a question asks or a dispatch tells. Patterns are
 * not global, so testing keeps no state. Pure.
 */
export function kindsNamed<K>(kinds: ReadonlyArray<readonly [K, RegExp]>, text: string): Set<K> {
  const folded = normaliseArabic(text);
  return new Set(kinds.filter(([, pattern]) => pattern.test(folded)).map(([kind]) => kind));
}
