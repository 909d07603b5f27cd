import { kindsNamed } from './kinds-named.js';

/** A season of the year. */
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/**
 * Each season's words (Arabic normalised), as a noun or an adjective: "the summer concert", "winter
 * season", `الحفل الصيفي`, `موسم الشتاء`, `في الخريف`; not `ربيع الاول`/`الثاني`/`الاخر` (Hijri months).
 */
const SEASONS: ReadonlyArray<[Season, RegExp]> = [
  ['spring', /\bspring(?:time)?\b|(?<![\u0621-\u064A])(?:[وبلف]?(?:ال)?|لل)ربيع(?:ي|يه)?(?![\u0621-\u064A])(?!\s+(?:الاول|الثاني|الاخر))/iu],
  ['summer', /\bsummer(?:time|s)?\b|(?<![\u0621-\u064A])(?:[وبلف]?(?:ال)?|لل)صيف(?:ي|يه)?(?![\u0621-\u064A])/iu],
  ['autumn', /\bautumn\b|(?<![\u0621-\u064A])(?:[وبلف]?(?:ال)?|لل)خريف(?:ي|يه)?(?![\u0621-\u064A])/iu],
  ['winter', /\bwinter(?:time|s)?\b|(?<![\u0621-\u064A])(?:[وبلف]?(?:ال)?|لل)(?:شتاء|شتا|شتوي|شتويه)(?![\u0621-\u064A])/iu],
];

/** The seasons a text names. Pure. */
export const seasonsNamed = (text: string): Set<Season> => kindsNamed(SEASONS, text);

/**
 * Whether a dispatch tells another season's instance than the question asks: asked when the
 * orchestra's summer concert is, a dispatch that tells only its spring concert (and never names
 * summer) is a near miss, whatever date it gives. A question naming no season, or several, vetoes
 * nothing. `texts` are the dispatch's headline and paragraphs. Pure.
 */
export function tellsOtherSeason(question: string, texts: readonly string[]): boolean {
  const asked = seasonsNamed(question);
  if (asked.size !== 1) return false;
  const told = seasonsNamed(texts.join('\n'));
  return told.size > 0 && ![...asked].some((season) => told.has(season));
}
