import { normaliseArabic } from './analyse-arabic.js';

/** How many zeros each scale word adds (as normaliseArabic leaves the Arabic, lower case): a closed class of both languages. */
export const SCALE_ZEROS: Readonly<Record<string, number>> = { thousand: 3, الف: 3, الاف: 3, million: 6, مليون: 6, ملايين: 6 };

/** The scale words of SCALE_ZEROS, as a pattern's alternatives (on text as normaliseArabic leaves it). */
export const SCALE_WORD = Object.keys(SCALE_ZEROS).join('|');

/**
 * A scale word ending there, as the wire writes it before normalising (its alef with a hamza or a madda: `ألف`, `آلاف`),
 * the accusative's alef allowed (`30 ألفا`), a plural's s (`millions`): never the start of a longer word (`الفائزين`, the winners).
 */
export const SCALE_WORD_WRITTEN = `(?:${SCALE_WORD.replace(/ا/g, '[اأإآ]')})(?:ا|s)?(?![\\p{L}])`;

/**
 * A figure written with its scale word, in full and as digits (`30`, `ألف` → `30000`; "1.2", "million" → `1200000`),
 * or undefined when its decimals go beyond the scale ("1.2345 thousand") or the word is no scale word. Pure.
 */
export function scaledFigure(whole: string, fraction: string, scale: string): string | undefined {
  const zeros = SCALE_ZEROS[normaliseArabic(scale.toLowerCase()).replace(/(?<=.{3})(?:ا|s)$/u, '')];
  if (zeros === undefined || fraction.length > zeros) return undefined;
  return String(Number(`${whole}${fraction.padEnd(zeros, '0')}`));
}
