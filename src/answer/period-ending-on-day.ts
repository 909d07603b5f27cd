import { analyseText } from '../text/analyse-text.js';
import { normaliseArabic } from '../text/analyse-arabic.js';
import { AR_MONTHS, AR_WEEKDAYS, EN_MONTH_WORDS, EN_WEEKDAYS } from './calendar-words.js';

/**
 * "the week to Thursday", "the month ending 30 June", "the year through March 31", `الأسبوع المنتهي الخميس`,
 * `الشهر حتى 30 يونيو`: a period named by the day it ends on (English to, ending, ended, through, until,
 * up to; Arabic المنتهي, حتى, إلى, لغاية), the day a figure, weekday, month, today or yesterday. Not a
 * period to come ("the week to come") or the year to date. Arabic in its folded form (normaliseArabic).
 */
const ENGLISH = new RegExp(`\\b(week|fortnight|month|quarter|year)\\s+(?:to|ending|ended|through|until|up\\s+to)\\s+(?:on\\s+)?(?:\\d|(?:${EN_WEEKDAYS}|${EN_MONTH_WORDS}|today|yesterday)\\b)`, 'iu');
const ARABIC = new RegExp(`(?:^|\\s)(?:[وف]?(?:خلال|في)\\s+|[وفب]?)(ال(?:اسبوع|شهر|ربع|عام|سنه))\\s+(?:المنتهي[ه]?|حتي|الي|لغايه)\\s+(?:يوم\\s+|في\\s+)?(?:\\d|(?:${AR_WEEKDAYS}|${AR_MONTHS}|اليوم|امس)(?=\\s|[؟?.,،]|$))`, 'u');

/**
 * The analysed tokens of the period a question names by the day it ends on, or none: asked "how much
 * did the index gain in the week to Thursday", the week is asked, the day only ends it. Pure.
 */
export function periodEndingOnDay(question: string): string[] {
  const word = ENGLISH.exec(question)?.[1] ?? ARABIC.exec(normaliseArabic(question))?.[1];
  return word === undefined ? [] : analyseText(word);
}
