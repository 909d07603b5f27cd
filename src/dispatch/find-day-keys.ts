import type { Lang } from './dispatch-types.js';

/** The prefix of a weekday's key among the name keys: no consonant skeleton starts with it. */
export const DAY_KEY = '@';

/** The weekdays as each language writes them, Sunday first (`Date.getUTCDay`); Arabic with and without hamza. */
const ENGLISH_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ARABIC_DAYS = [['الأحد', 'الاحد'], ['الاثنين', 'الإثنين'], ['الثلاثاء'], ['الأربعاء', 'الاربعاء'], ['الخميس'], ['الجمعة', 'الجمعه'], ['السبت']];

const dayOfWord = new Map<string, number>([
  ...ENGLISH_DAYS.map((day, i): [string, number] => [day, i]),
  ...ARABIC_DAYS.flatMap((forms, i) => forms.flatMap((form): [string, number][] => [[form, i], [`و${form}`, i], [`ف${form}`, i]])),
]);

/**
 * Keys of the weekdays a dispatch names other than its own day's (`@2` for Tuesday, `Tuesday` and
 * `الثلاثاء` alike): every dispatch of a day writes its own weekday ("said on Monday"), but the day
 * of the event it announces or looks back on ("the test at 10 a.m. on Tuesday", "صباح غد الثلاثاء")
 * its other-language version names too. A closed class of calendar words, no topic. Pure.
 */
export function findDayKeys(text: string, lang: Lang, date: string): string[] {
  const own = new Date(`${date}T00:00:00Z`).getUTCDay();
  const words = text.split(lang === 'en' ? /[^A-Za-z]+/ : /[^\u0621-\u064A]+/);
  const days = new Set<number>();
  for (const word of words) {
    const day = dayOfWord.get(word);
    if (day !== undefined && day !== own) days.add(day);
  }
  return [...days].sort().map((day) => DAY_KEY + day);
}
