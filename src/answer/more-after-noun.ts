import { isArabicStopWord, normaliseArabic } from '../text/analyse-arabic.js';
import { analyseText } from '../text/analyse-text.js';
import { QUESTION_WORDS_AR } from '../text/arabic-asking-words.js';

/**
 * The Gulf "more" after the noun it counts (`ممرضات زيادة`, `شواحن زيادة؟`, `كم طالب زيادة`): `زيادة` with no article or clitic
 * right after a word that is no particle, asking word or noun an increase completes (`نسبة زيادة`, `سبب زيادة`, `عن زيادة`).
 * It asks more of the thing, as English "more" does, which the wire writes so ("four more nurses", `ممرضات إضافيات`), never as
 * an increase. Folded.
 */
const MORE_AFTER_NOUN = /(?:^|\s)([\u0621-\u064A]{2,})\s+(زياده)(?=[\s؟?.,،!]|$)/gu;
const COMPLETED_BY_INCREASE = new RegExp(`^(?:${QUESTION_WORDS_AR}|نسبه|معدل|حجم|قيمه|مقدار|سبب|اسباب|طلب|قرار)$`, 'u');

/** The analysed token of the question's Gulf "more" after a noun (see MORE_AFTER_NOUN), a word framing the asking. Pure. */
export function moreAfterNoun(question: string): string[] {
  return [...normaliseArabic(question).matchAll(MORE_AFTER_NOUN)].filter((m) => !isArabicStopWord(m[1] as string) && !COMPLETED_BY_INCREASE.test(m[1] as string)).flatMap((m) => analyseText(m[2] as string));
}
