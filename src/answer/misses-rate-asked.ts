import type { AnswerType } from './answer-type.js';
import { kindsNamed } from './kinds-named.js';

/** The period a rate is counted over. */
export type Period = 'day' | 'week' | 'month' | 'year';

/**
 * A rate over each period (Arabic normalised): "a day", "per week", "every month", "daily",
 * "annually", `يوميا`, `اسبوعيا`, `كل شهر`, `في السنه`; not "a year ago", "a day earlier".
 */
const RATES: ReadonlyArray<[Period, RegExp]> = [
  ['day', /\b(?:a|per|each|every)\s+day\b(?!\s+(?:ago|earlier|later|before|after)\b)|\bdaily\b|\bper\s+diem\b|(?:^|\s)(?:يوميا|يومي|يوميه)(?=[\s.,،؟?]|$)|(?:^|\s)(?:كل|في|ب)\s*اليوم(?=[\s.,،؟?]|$)|(?:^|\s)كل\s+يوم(?=[\s.,،؟?]|$)/iu],
  ['week', /\b(?:a|per|each|every)\s+week\b(?!\s+(?:ago|earlier|later|before|after)\b)|\bweekly\b|(?:^|\s)(?:اسبوعيا|اسبوعي|اسبوعيه)(?=[\s.,،؟?]|$)|(?:^|\s)(?:كل|في|ب)\s*الاسبوع(?=[\s.,،؟?]|$)|(?:^|\s)كل\s+اسبوع(?=[\s.,،؟?]|$)/iu],
  ['month', /\b(?:a|per|each|every)\s+month\b(?!\s+(?:ago|earlier|later|before|after)\b)|\bmonthly\b|(?:^|\s)(?:شهريا|شهري|شهريه)(?=[\s.,،؟?]|$)|(?:^|\s)(?:كل|ب)\s*الشهر(?=[\s.,،؟?]|$)|(?:^|\s)كل\s+شهر(?=[\s.,،؟?]|$)/iu],
  ['year', /\b(?:a|per|each|every)\s+year\b(?!\s+(?:ago|earlier|later|before|after)\b)|\b(?:yearly|annually|annual)\b|(?:^|\s)(?:سنويا|سنوي|سنويه)(?=[\s.,،؟?]|$)|(?:^|\s)(?:كل|ب)\s*(?:السنه|العام)(?=[\s.,،؟?]|$)|(?:^|\s)كل\s+(?:سنه|عام)(?=[\s.,،؟?]|$)/iu],
];

/** The periods a text counts a rate over ("2,800 tonnes a day" → day). Pure. */
export const ratesTold = (text: string): Set<Period> => kindsNamed(RATES, text);

/**
 * Whether a passage misses the rate a question asks: asked how many loaves a bakery makes a day, a
 * passage that counts no quantity per day ("a bag of six loaves costs 150 fils") tells another
 * figure, whatever number it gives. Only a question asking a number over exactly one period is
 * judged; a passage that counts over that period passes. Pure.
 */
export function missesRateAsked(question: string, type: AnswerType | null, passage: string): boolean {
  if (type !== 'number') return false;
  const asked = ratesTold(question);
  if (asked.size !== 1) return false;
  const told = ratesTold(passage);
  return ![...asked].some((period) => told.has(period));
}
