import { normaliseArabic } from '../text/analyse-arabic.js';
import { TIME_OF_DAY } from './calendar-words.js';

/**
 * Hours asked, in both languages (Arabic normalised): "opening hours", "working hours", "what hours",
 * "hours of operation", `مواعيد الدوام`, `ساعات العمل`, `اوقات الزياره`, `مواقيت الدوام`.
 */
const HOURS_ASKED =
  /\b(?:opening|working|business|office|visiting|operating|trading|school|work)\s+hours\b|\bwhat\s+hours\b|\bhours\s+of\s+(?:work|operation|opening|business)\b|(?:^|\s)(?:ساعات|مواعيد|اوقات|مواقيت)\s+(?:ال)?(?:دوام|عمل|زياره|فتح|افتتاح)(?=[\s.,،؛:؟?)]|$)/iu;

/** Whether a question asks the hours something keeps (see HOURS_ASKED). Pure. */
export const asksHours = (question: string): boolean => HOURS_ASKED.test(normaliseArabic(question));

/**
 * Whether a passage misses the hours a question asks: asked the opening hours of an exhibition, a
 * passage with no time of day ("open until April 30", "entry is free") tells another fact of it,
 * whatever date it gives. Pure.
 */
export function missesHoursAsked(question: string, passage: string): boolean {
  return asksHours(question) && !TIME_OF_DAY.test(normaliseArabic(passage));
}
