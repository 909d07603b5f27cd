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

/**
 * Whether texts tell only other kinds of a class than a question asks: asked silver, a dispatch telling a gold and no
 * silver; a question naming none of the class, or texts naming none, veto nothing. `texts` are what the check reads
 * (a dispatch, a passage and what stands around it). Pure.
 */
export function tellsOnlyOtherKinds<K>(kinds: ReadonlyArray<readonly [K, RegExp]>, question: string, texts: readonly string[]): boolean {
  const asked = kindsNamed(kinds, question);
  if (asked.size === 0) return false;
  const told = kindsNamed(kinds, texts.join('\n'));
  return told.size > 0 && ![...asked].some((kind) => told.has(kind));
}
