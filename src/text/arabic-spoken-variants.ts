import { isArabicScript } from './transliterate-name.js';

/** Letters a word keeps before its final alif for the spoken form to be read as one (`هوا`, air; not `ما`, `لا`). */
const MIN_STEM = 2;

/**
 * The standard form the store holds of an analysed Arabic token in its spoken Gulf spelling, for a
 * token the store does not hold: the spoken language drops the hamza after a final alif (`الكهربا` for
 * `الكهرباء`, `الهوا` for `الهواء`, `الدوا` for `الدواء`), and a reader writes as they speak. Only the form the
 * store holds (`holds`), so the wire's vocabulary says the hamza was dropped. Pure.
 */
export function spokenVariants(token: string, holds: (term: string) => boolean): string[] {
  if (!isArabicScript(token) || holds(token) || !token.endsWith('ا') || token.length < MIN_STEM + 1) return [];
  const standard = `${token}ء`;
  return holds(standard) ? [standard] : [];
}
