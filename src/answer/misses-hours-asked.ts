import { normaliseArabic } from '../text/analyse-arabic.js';
import { TIME_OF_DAY } from './calendar-words.js';

/**
 * Hours or a time of day asked, in both languages (Arabic normalised): "opening hours", "working hours",
 * "what hours", "hours of operation", `مواعيد الدوام`, `ساعات العمل`, `اوقات الزياره`, `مواقيت الدوام`;
 * "what time", `الساعه كم`, `كم الساعه`, `اي ساعه` (not `كم ساعه`, how many hours: a length of time).
 */
const HOURS_ASKED =
  /\b(?:opening|working|business|office|visiting|operating|trading|school|work)\s+hours\b|\bwhat\s+(?:hours|time)\b|\bhours\s+of\s+(?:work|operation|opening|business)\b|(?:^|\s)(?:ساعات|مواعيد|اوقات|مواقيت)\s+(?:ال)?(?:دوام|عمل|زياره|فتح|افتتاح)(?=[\s.,،؛:؟?)]|$)|(?:^|\s)(?:الساعه\s+(?:كم|كام)|كم\s+الساعه|اي\s+ساعه)(?=[\s.,،؛:؟?)]|$)/iu;

/** A time of day as Arabic copy writes it by the hour's ordinal, with no part of the day after it (`في الساعه السادسه واربعين دقيقه`). */
const ARABIC_HOUR = /(?:^|\s)[وب]?(?:في\s+)?الساعه\s+(?:\d|ال)/u;

/** Whether a question asks the hours something keeps or the time of day of something (see HOURS_ASKED). Pure. */
export const asksHours = (question: string): boolean => HOURS_ASKED.test(normaliseArabic(question));

/**
 * Whether a passage misses the hours or the time a question asks: asked the opening hours of an
 * exhibition, or what time a final was, a passage with no time of day ("open until April 30", "entry is
 * free", "won gold on Wednesday") tells another fact of it, whatever date it gives. Pure.
 */
export function missesHoursAsked(question: string, passage: string): boolean {
  const folded = normaliseArabic(passage);
  return asksHours(question) && !TIME_OF_DAY.test(folded) && !ARABIC_HOUR.test(folded);
}
