import { normaliseArabic } from '../text/analyse-arabic.js';
import { analyseText } from '../text/analyse-text.js';

/**
 * The Gulf "one" after a definite noun (`السلة الوحدة`, the wire's `السلة الواحدة`, the one basket): an adjective saying
 * the question asks of each one, as "each" does in English, never a topic. After a definite noun `الوحدة` cannot be the
 * noun "unit", which the analyser reads a bare `وحدة` as too (a noun it governed would have no article). Not the wire's
 * `الواحد`, which may make a kind (`شركات الشخص الواحد`, one-person companies). Read on the folded question.
 */
const SINGLE_AFTER_NOUN = /(?:^|\s)[وبفك]?(?:ال|لل)[\u0621-\u064A]{2,}\s+(الوحده)(?=[\s؟?.,،!]|$)/gu;

/** The analysed token of the question's Gulf "one" after a definite noun (see SINGLE_AFTER_NOUN). Pure. */
export function singleAfterNoun(question: string): string[] {
  return [...normaliseArabic(question).matchAll(SINGLE_AFTER_NOUN)].flatMap((m) => analyseText(m[1] as string));
}
