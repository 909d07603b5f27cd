import { normaliseArabic } from './analyse-arabic.js';
import { isArabicScript } from './transliterate-name.js';
import { withoutArticle } from './without-article.js';

/** Letters of an analysed token so short that many words stem to it (`حد` of `وحدة`, a unit, and of `الحد`, a limit). */
const SHORT_STEM = 2;


/**
 * Whether a one-word lexicon match on a short Arabic stem is a stemming collision: the light stemmer
 * cuts many words down to the same two letters (`سريان`, coming into force, and `سر`, a secret, of
 * `أمين سر`, secretary; `وحدة`, a unit, and `الحد`, a limit), so a token that short names the concept
 * only when the question's word ends in one of the concept's own written forms (`بالجو` in `الجو`,
 * `للقوات` in `القوات`). Longer stems and phrases are left to the stemmer. Pure.
 */
export function isOverStemmedMatch(token: string, written: string, forms: readonly string[]): boolean {
  if (token.length > SHORT_STEM || !isArabicScript(token) || written === '') return false;
  const word = normaliseArabic(written);
  return !forms.some((form) => isArabicScript(form) && !form.includes(' ') && word.endsWith(withoutArticle(form)));
}
