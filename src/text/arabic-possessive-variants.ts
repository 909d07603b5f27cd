import { analyseArabicWord, normaliseArabicKeepingHamza } from './analyse-arabic.js';
import { isArabicScript } from './transliterate-name.js';

/** Letters a noun's stem has at least before its ta marbuta is written open (`قو` of `قوة` + `ت` is `قوت`, food). */
const MIN_STEM = 3;

/** A word written with its ta marbuta (`غرامة`; `غرامه` once folded): a noun whose `ة` a pronoun opens to `ت`. */
export const endsInTaMarbuta = (word: string): boolean => /^[\u0600-\u06FF]+[ةه]$/u.test(word.trim());

/**
 * The form a noun ending in ta marbuta takes under a pronoun, when the store holds it: with a
 * possessive (`غرامتها` "its fine", `سيارته` "his car", `قيمتها` "its value") the ta marbuta is
 * written open, and the light stemmer, which strips `ها` and `ه` but not `ت`, keeps it (`غرامت`),
 * so the wire's `غرامتها` is not the reader's `غرامة` (`غرام`) unless the question also looks for
 * it. For the token of a word written with its ta marbuta (see endsInTaMarbuta: the caller knows
 * how it was written; a verb, `بلغ`, is not to meet its feminine `بلغت`), and only a form the store
 * holds (`holds`). Without the token itself. Pure.
 */
export function possessiveVariants(token: string, holds: (term: string) => boolean): string[] {
  if (!isArabicScript(token) || /\d/.test(token) || token.length < MIN_STEM || /[اوىيت]$/.test(token)) return [];
  const open = `${token}ت`;
  return holds(open) ? [open] : [];
}

/** The analysed tokens of a text's Arabic words written with their ta marbuta (see endsInTaMarbuta). Pure. */
export function taMarbutaTokens(text: string): Set<string> {
  const found = new Set<string>();
  for (const word of normaliseArabicKeepingHamza(text).toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    const token = endsInTaMarbuta(word) ? analyseArabicWord(word) : null;
    if (token) found.add(token);
  }
  return found;
}
