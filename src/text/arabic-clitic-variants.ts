import { isArabicScript } from './transliterate-name.js';

/**
 * Proclitics a wire glues to a noun without the article: a conjunction (`و`, `ف`), a preposition
 * (`ب`, `ل`), or both (`وب`, `ول`, `فب`, `فل`). `ك` is left out: too many words start with it
 * (`كمال`, `كبير`, `كلمة`) for `ك` + a word to be told from a word.
 */
const PROCLITICS = ['وب', 'ول', 'فب', 'فل', 'و', 'ف', 'ب', 'ل'];

/** Letters a stem keeps once a proclitic is taken off unchecked (`لبورص` → `بورص`, never `بحر` → `حر`). */
const MIN_ROOT = 3;
/** Letters a known stem has at least: the analyser's own minimum (`كر` of `كرة`, `يد` of `اليد`). */
export const MIN_STEM = 2;

/**
 * A token without each proclitic it may start with, when a stem of two letters or more remains
 * (`لكر` → `كر`): for the caller to check against words it knows (the gazetteer, the lexicon).
 */
export function withoutProclitic(token: string): string[] {
  if (!isArabicScript(token)) return [];
  return PROCLITICS.filter((clitic) => token.startsWith(clitic) && token.length - clitic.length >= MIN_STEM).map((clitic) => token.slice(clitic.length));
}

/**
 * The forms of an analysed Arabic token that stand for the same word with or without a bare
 * proclitic, as far as the store holds them: `بورص` (from `البورصة`) → `لبورص`, `ببورص`
 * (`لبورصة`, `ببورصة`); `لبورص` → `بورص`. The analyser strips the article and its combinations
 * (unambiguous), not a bare `ل`/`ب`/`ف` (`لبنان`, `بلدية`, `فريق` start with them): which form
 * is a word is decided here by the store's own vocabulary (`holds`, term_documents), at query
 * time, so an index written by any analyser version is searched alike. The token itself first;
 * forms the store does not hold are left out. A stem shorter than `minGlued` gets no proclitic
 * (`يد` → `ليد`, `بيد` are other words), unless a phrase around it says which word it is. A token
 * of a word written with the article (`articleBound`) starts with no proclitic, so none is taken
 * off (`بطاق` of `البطاقة` is not `ب` + `طاق`); one may still be glued on. Pure.
 */
export function cliticVariants(token: string, holds: (term: string) => boolean, minGlued = MIN_ROOT, articleBound = false): string[] {
  if (!isArabicScript(token) || /\d/.test(token)) return [token];
  const bases = [token];
  for (const clitic of articleBound ? [] : PROCLITICS) {
    const rest = token.slice(clitic.length);
    if (token.startsWith(clitic) && rest.length >= MIN_ROOT) bases.push(rest);
  }
  const found = new Set<string>([token]);
  for (const base of bases) {
    if (base !== token && holds(base)) found.add(base);
    for (const clitic of PROCLITICS) {
      const glued = clitic + base;
      if (base.length >= minGlued && glued !== token && holds(glued)) found.add(glued);
    }
  }
  return [...found];
}
