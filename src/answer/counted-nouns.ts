import type { Lang } from '../dispatch/dispatch-types.js';
import { asciiDigits } from '../dispatch/find-number-keys.js';
import { withoutAccusative } from '../text/arabic-accusative-variants.js';
import { expandQuery } from '../text/expand-query.js';
import type { NameVocabulary } from '../text/name-vocabulary.js';
import { writesAnyIn } from './weigh-concepts.js';
import { analyseText } from '../text/analyse-text.js';
import { TIME_UNITS } from './link-answer-filler.js';

/** A figure in digits (`86`, `1,200`, `5ر2`, `٣`) and the word right after it: what the wire counts ("86 wrestlers", `86 مصارعا`). */
const FIGURE_THEN_WORD = /\d+(?:[,٬]\d{3})*(?:[.٫ر]\d+)?\s+([\p{L}\p{M}]+)/gu;

/**
 * The words a text writes right after a figure in digits: the things it counts (`86 مصارعا`, "112
 * judokas"), or a unit or a word of the clause ("KD 40,000 each"). Pure.
 */
export function countedNouns(text: string): string[] {
  return [...asciiDigits(text).matchAll(FIGURE_THEN_WORD)].map((match) => match[1] as string);
}

/**
 * Whether a text counts a thing by a word no list (lexicon, gazetteer) gives a form for in `lang`
 * (`86 مصارعا` where no English form of `مصارع` is listed): a word the asker's question cannot
 * name, so a count asked of it cannot be tied to the question's word. Units and known words ("طن",
 * "each") have a form there or none at all. Pure.
 */
export function countsUnlisted(text: string, lang: Lang, names?: NameVocabulary): boolean {
  return countedNouns(text).some((word) => {
    const forms = listedFormsOf(word, names);
    return forms.length > 0 && !writesAnyIn(forms, lang);
  });
}

/**
 * Whether a text counts only things the lists know in `lang`: it counts something ("40 performers",
 * `40 مؤديا`), and every word right after a figure has a listed form there (see countsUnlisted): no
 * word of the asker's language is out of the lists' reach, so a thing asked that it does not count is
 * not counted by it under another name. A figure followed by a function word ("KD 2,000 from") counts nothing, nor one
 * followed by a unit of time ("6.84 seconds", "three days"): a length of time is no thing counted. Pure.
 */
export function countsListedOnly(text: string, lang: Lang, names?: NameVocabulary): boolean {
  const counted = countedNouns(text).filter((word) => !isTimeUnit(word)).map((word) => listedFormsOf(word, names)).filter((forms) => forms.length > 0);
  return counted.length > 0 && counted.every((forms) => writesAnyIn(forms, lang));
}

/**
 * The English words a text writes right after a figure in digits that the lists know in Arabic ("212
 * companies", "11 clinics"), analysed: the things its figures count, known nouns rather than a word of
 * the clause ("5,000 last week" when no list gives `last` an Arabic form). Pure.
 */
export function listedEnglishCountedNouns(text: string): Set<string> {
  const nouns = countedNouns(text).filter((word) => /^[a-z]/i.test(word) && writesAnyIn(listedFormsOf(word), 'ar'));
  return new Set(nouns.flatMap((word) => analyseText(word)));
}

/** Whether a word after a figure is a unit of time ("seconds", `يوما`): the figure is a length of time, not a count of a thing. */
export const isTimeUnit = (word: string): boolean => analyseText(word).some((token) => TIME_UNITS.has(token));

/** A word's forms as the lists give them, the accusative alif the wire puts on a counted noun (`86 مصارعا`) taken off too. */
function listedFormsOf(word: string, names?: NameVocabulary): string[][] {
  const stem = withoutAccusative(word);
  return (stem === undefined ? [word] : [word, stem]).flatMap((form) => expandQuery(form, names ? { names } : {}).groups.flat());
}
