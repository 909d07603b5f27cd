import { analyseArabicWord, hasArticle, normaliseArabicKeepingHamza } from './analyse-arabic.js';

/**
 * The analysed tokens of a text's Arabic words that carried the definite article every time they
 * occur (`البطاقة` → `بطاق`, `بالبطاقة` too). Arabic glues a conjunction and a preposition before
 * the article, never after it, so such a token starts with no proclitic: its first letter is the
 * word's own (`بطاق` is not `ب` + `طاق`, energy). Pure.
 */
export function articleBoundTokens(text: string): Set<string> {
  const bound = new Set<string>();
  const bare = new Set<string>();
  for (const word of normaliseArabicKeepingHamza(text).toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (!/^[\u0600-\u06FF]/u.test(word)) continue;
    const token = analyseArabicWord(word);
    if (token) (hasArticle(word) ? bound : bare).add(token);
  }
  for (const token of bare) bound.delete(token);
  return bound;
}
