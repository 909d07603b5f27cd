import { normaliseArabicKeepingHamza } from './analyse-arabic.js';
import { questionWords } from './question-words.js';

let written: Set<string> | null = null;

/**
 * Whether an Arabic word, as written, is one of the question's own words (see questionWords): the dialect's `تعرف` ("do you
 * know", `تعرف كم زائر …`) asks, though its stem is the stem of a noun the lexicon lists (`تعرفة`, a tariff). The stemmer
 * joins the two; the written word tells them apart, so the asking word is not read as the noun. Pure.
 */
export function isQuestionWordAsWritten(word: string): boolean {
  written ??= new Set(questionWords.map(normaliseArabicKeepingHamza));
  return word !== '' && written.has(normaliseArabicKeepingHamza(word));
}
