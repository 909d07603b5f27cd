import { kindsNamed } from './kinds-named.js';

/** Whose event or team a text names by sex. */
export type Sex = 'women' | 'men';

/**
 * Each sex's words (Arabic normalised: ة → ه), as a noun or an adjective: "the women's race", "ladies",
 * "girls' team", `للسيدات`, `النسائيه`, `لاعبات`, `المراه` (woman); "men's singles", "boys", `للرجال`, `ذكور`. A closed class:
 * the wire splits its sport, and much else, by it.
 */
const SEXES: ReadonlyArray<[Sex, RegExp]> = [
  ['women', /\b(?:wom[ae]n(?:'s)?|ladies|girls?(?:')?|female)\b|(?<![\u0621-\u064A])(?:[وبلف]?(?:ال)?|لل)(?:سيدات|نساء|نسائي|نسائيه|فتيات|لاعبات|اناث|مراه|امراه)(?![\u0621-\u064A])/iu],
  ['men', /\b(?:men(?:'s)?|boys?(?:')?|male)\b|(?<![\u0621-\u064A])(?:[وبلف]?(?:ال)?|لل)(?:رجال|ذكور)(?![\u0621-\u064A])/iu],
];

/** The sexes a text names. Pure. */
export const sexesNamed = (text: string): Set<Sex> => kindsNamed(SEXES, text);

/**
 * Whether a passage misses the sex a question asks: asked who won the women's championship, a passage
 * that (with its story's headline and lead and the paragraph before) names no women tells the men's, or
 * no one's. A question naming neither sex, or both, vetoes nothing. `texts` are the passage and what
 * stands around it. Pure.
 */
export function missesSexAsked(question: string, texts: readonly string[]): boolean {
  const asked = sexesNamed(question);
  if (asked.size !== 1) return false;
  const told = sexesNamed(texts.join('\n'));
  return ![...asked].some((sex) => told.has(sex));
}
