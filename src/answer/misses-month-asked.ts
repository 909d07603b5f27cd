import { normaliseArabic } from '../text/analyse-arabic.js';
import { MONTH_NAMES, arabicMonthNames, longestFirst } from '../text/month-names.js';

/** Each form of a month's name (month-names.ts) as the folded text writes it (lower case; Arabic normalised), and its number. */
const MONTH_OF = new Map(
  MONTH_NAMES.flatMap((month, i) => [month.english, ...month.englishShort, ...arabicMonthNames(month)].map((name) => [normaliseArabic(name), i + 1] as const)),
);
/** A month by name, or in Gulf speech by number (`شهر 7`, `شهر سبعة`): the name is the first group, the number the second. */
const NAMES = longestFirst(MONTH_OF.keys());
const MONTH = new RegExp(`(?<![\\p{L}\\p{N}])(?:ب?ال)?(?:شهر\\s+)?(${NAMES})\\.?(?![\\p{L}])|(?<![\\p{L}])شهر\\s+(\\d{1,2})(?!\\d)`, 'giu');

/** A day right after the month ("August 7", not "July 2025") or before it ("7 August", `7 أغسطس`, "the 7th of August"). */
const DAY_AFTER = /^\s*\d{1,2}(?!\d)/u;
const DAY_BEFORE = /\d{1,2}(?:st|nd|rd|th)?\s*(?:of\s+)?$/iu;
/** Before a month, the words that make it a bound of a longer span ("from January to July", `منذ بداية يونيو`, "since June"). */
const SPAN_BEFORE = /(?:\b(?:to|until|till|through|since|from|between|and)|(?:^|\s)(?:الى|الي|حتى|حتي|منذ|من|مطلع|بدايه|بين|و))\s+(?:(?:the\s+)?(?:start|beginning|end)\s+of\s+|(?:بدايه|مطلع|نهايه|اول)\s+)?$/iu;
/** A month asked alone ("in July only", `في يوليو بس`, `بروحه`, `فقط`, `وحده`, "alone", "by itself"). */
const ALONE = /\b(?:only|alone|by\s+itself)\b|(?:^|\s)(?:بس|فقط|بروحه|وحده|لحاله|بحاله)(?=[\s.,،؛:؟?)]|$)/iu;
/** "May" in an English question is the month only after a word of time ("in may", "since may"): else the verb. */
const MAY_AS_MONTH = /\b(?:in|of|from|since|during|for|until|till|by|last|this|next|early|late|mid|end|start|beginning)\s+$/iu;

/** What a question asks of a month: the months it names as a span of time (not a day of one), and whether alone. */
export interface MonthsAsked {
  months: ReadonlySet<number>;
  alone: boolean;
}

/** The months a text names as a span of time, not as a day of one; with `alone`, not as a bound of a longer span. */
function monthsNamed(text: string, alone: boolean, question: boolean): Set<number> {
  const folded = normaliseArabic(text);
  const months = new Set<number>();
  for (const m of folded.matchAll(MONTH)) {
    const name = m[1]?.toLowerCase();
    const month = name === undefined ? Number(m[2]) : MONTH_OF.get(name);
    if (month === undefined || month < 1 || month > 12) continue;
    const before = folded.slice(Math.max(0, m.index - 30), m.index);
    const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 6);
    // English "may" is a verb in copy (the wire capitalises the month) and in a question after no word of time.
    if (name === 'may' && (question ? !MAY_AS_MONTH.test(before) : !text.slice(m.index, m.index + 3).startsWith('May'))) continue;
    // Levantine `آب` is also "father": a month only after `شهر`.
    if (name === 'اب' && !m[0].includes('شهر')) continue;
    if (DAY_AFTER.test(after) || DAY_BEFORE.test(before)) continue;
    if (alone && SPAN_BEFORE.test(before)) continue;
    months.add(month);
  }
  return months;
}

/**
 * The months a question asks as a span of time ("how many cases in August", `كم حالة في أغسطس لين
 * الحين`, "in July only"), undefined when it names none (a day of a month asks a day: see parse-question-dates). Pure.
 */
export function monthsAsked(question: string): MonthsAsked | undefined {
  const months = monthsNamed(question, false, true);
  return months.size === 0 ? undefined : { months, alone: ALONE.test(normaliseArabic(question)) };
}

/**
 * Whether a story misses the month asked: its texts (headline, paragraphs, other version) never name
 * it as a span of time, and name another month so ("3,860 cases in July" asked of August), or, asked
 * the month alone, name it only as a bound of a longer span ("from January to July" asked of July
 * only). A story naming no month is left to the other checks unless the month is asked alone. Pure.
 */
export function missesMonthAsked(asked: MonthsAsked, texts: readonly string[]): boolean {
  const joined = texts.join('\n');
  const told = monthsNamed(joined, asked.alone, false);
  if ([...asked.months].some((month) => told.has(month))) return false;
  return asked.alone || monthsNamed(joined, false, false).size > 0;
}
