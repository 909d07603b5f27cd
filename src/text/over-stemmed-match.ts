import { normaliseArabic } from './analyse-arabic.js';
import { isArabicScript } from './transliterate-name.js';
import { withoutArticle } from './without-article.js';

/** Letters of an analysed token so short that many words stem to it (`حد` of `وحدة`, a unit, and of `الحد`, a limit). */
const SHORT_STEM = 2;

/** A three-letter stem, shared by many words once the stemmer has cut two suffixes off one of them. */
const CUT_STEM = 3;

/** Letters of suffix cut off a word down to a three-letter stem that take two of the stemmer's suffixes (`ين` and `ي` of `كافيين`). */
const TWO_SUFFIXES = 3;

/**
 * Whether a one-word lexicon match on a short Arabic stem is a stemming collision: the light stemmer
 * cuts many words down to the same two letters (`سريان`, coming into force, and `سر`, a secret, of
 * `أمين سر`, secretary; `وحدة`, a unit, and `الحد`, a limit), and a word it cuts twice down to three
 * letters meets any word of those three (`الكافيين`, caffeine, cut `ين` and `ي`, and `كافيه`, a cafe, both
 * `كاف`; `الدوليين`, international, and `الدول`, the countries), so such a token names the concept only
 * when the question's word ends in one of the concept's own written forms (`بالجو` in `الجو`, `للقوات`
 * in `القوات`). Longer stems, stems cut once, and phrases are left to the stemmer. Pure.
 */
export function isOverStemmedMatch(token: string, written: string, forms: readonly string[]): boolean {
  if (token.length > CUT_STEM || !isArabicScript(token) || written === '') return false;
  const word = normaliseArabic(written);
  if (token.length > SHORT_STEM && !cutTwice(token, word)) return false;
  return !forms.some((form) => isArabicScript(form) && !form.includes(' ') && word.endsWith(withoutArticle(form)));
}

/** Whether the stemmer cut two suffixes off a word to reach its token: as many letters after the token as two take. */
function cutTwice(token: string, word: string): boolean {
  const at = word.indexOf(token);
  return at >= 0 && word.length - at - token.length >= TWO_SUFFIXES;
}
