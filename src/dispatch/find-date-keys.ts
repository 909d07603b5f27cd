import { shiftDate } from '../shift-date.js';
import { memoiseBounded } from '../text/memoise-bounded.js';
import { MONTH_NAMES, arabicMonthNames, longestFirst } from '../text/month-names.js';
import { asciiDigits } from './find-number-keys.js';

/** How many days either side of its own a dispatch's dates are left out: "tomorrow, March 20" every story of the day may write. */
const NEAR_DAYS = 1;

/** The mark of a date's key among a dispatch's figures (`15/4` is 15 April): no figure's key holds it. */
export const DATE_MARK = '/';

/**
 * Each form of a month's name (month-names.ts) as the wire writes it, and its number: the English
 * capitalised (`April`, `Apr`, `Sept`; `may` is no month), the Arabic with its hamza or without.
 */
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const monthOf = new Map(
  MONTH_NAMES.flatMap((month, i) => [...[month.english, ...month.englishShort].map(capitalised), ...arabicMonthNames(month)].map((form): [string, number] => [form, i + 1])),
);
const MONTH = longestFirst(monthOf.keys());
/** A day of the month, or two joined as a span (`15 to 19`, `15-19`, `15 إلى 19`, `15 و16`). */
const DAYS = String.raw`(\d{1,2})(?:\s*(?:-|–|to|and|إلى|الى|حتى|و)\s*(\d{1,2}))?`;
/** Case kept: `may` is no month. `15 April`, `15 أبريل`, `15 إلى 19 مارس`; `April 15`, `Feb. 15`, `March 15 to 19`. Not inside a longer number or word. */
const DAY_MONTH = new RegExp(String.raw`(?<![\d.,٫ر])${DAYS}\s+(?:من\s+)?(?:شهر\s+)?(${MONTH})(?![A-Za-z\u0621-\u064A])`, 'gu');
const MONTH_DAY = new RegExp(String.raw`(?<![A-Za-z\u0621-\u064A])(${MONTH})\.?\s+${DAYS}(?![\d.,٫ر]?\d)`, 'gu');

/**
 * Keys of the calendar dates a text names by day and month (`April 15` and `15 أبريل` both `15/4`;
 * each day of a span, `March 15 to 19` and `15 إلى 19 مارس`): a date the two language versions of
 * one event both name (a ban's first day, a week reported on) is written differently but means
 * the same. A closed class of calendar words, no topic. The dispatch's own `date` and the days
 * next to it are left out: today's and tomorrow's date say when, not which event. Pure.
 */
export function findDateKeys(text: string, date: string): string[] {
  const near = nearDateKeys(date);
  const keys = new Set<string>();
  const ascii = asciiDigits(text);
  for (const match of ascii.matchAll(DAY_MONTH)) addDateKeys(keys, near, match[3], match[1], match[2]);
  for (const match of ascii.matchAll(MONTH_DAY)) addDateKeys(keys, near, match[1], match[2], match[3]);
  return [...keys].sort();
}

/**
 * The keys of a dispatch's own date and the days next to it (left out of its keys), remembered by
 * date: a wire's dispatches share a few dates, and each key costs date arithmetic.
 */
const nearDateKeys: (date: string) => ReadonlySet<string> = memoiseBounded(
  (date: string) =>
    new Set(
      Array.from({ length: 2 * NEAR_DAYS + 1 }, (_, i) => {
        const [, month, day] = shiftDate(date, i - NEAR_DAYS).split('-');
        return `${Number(day)}${DATE_MARK}${Number(month)}`;
      }),
    ),
  1000,
);

/** Adds to `keys` the key of each of `days` (a matched day, and a span's last) in `month`, unless the day is impossible or `near`. */
function addDateKeys(keys: Set<string>, near: ReadonlySet<string>, month: string | undefined, ...days: (string | undefined)[]): void {
  const m = monthOf.get(month ?? '');
  if (m === undefined) return;
  for (const day of days) {
    const d = Number(day);
    const key = `${d}${DATE_MARK}${m}`;
    if (day !== undefined && d >= 1 && d <= 31 && !near.has(key)) keys.add(key);
  }
}
