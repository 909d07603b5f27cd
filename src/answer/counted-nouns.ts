import type { Lang } from '../dispatch/dispatch-types.js';
import { asciiDigits } from '../dispatch/find-number-keys.js';
import { withoutAccusative } from '../text/arabic-accusative-variants.js';
import { expandQuery } from '../text/expand-query.js';
import type { NameVocabulary } from '../text/name-vocabulary.js';
import { writableIn } from './weigh-concepts.js';

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
    // The wire puts the accusative alif on a counted noun (`86 مصارعا`), which the lists write without.
    const stem = withoutAccusative(word);
    const forms = (stem === undefined ? [word] : [word, stem]).flatMap((form) => expandQuery(form, names ? { names } : {}).groups.flat());
    return forms.length > 0 && !forms.some((phrase) => phrase.length > 0 && writableIn(phrase, lang));
  });
}
