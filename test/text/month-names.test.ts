import { describe, expect, it } from 'vitest';
import { AR_MONTHS, EN_MONTH_DATE } from '../../src/answer/calendar-words.js';
import { monthsAsked } from '../../src/answer/misses-month-asked.js';
import { namesDay, parseQuestionDates, tellsOfMonth } from '../../src/answer/parse-question-dates.js';
import { findDateKeys } from '../../src/dispatch/find-date-keys.js';
import { normaliseArabic } from '../../src/text/analyse-arabic.js';
import { MONTH_NAMES, arabicMonthNames } from '../../src/text/month-names.js';

const NOW = new Date('2026-03-10T09:00:00Z');
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const each = <T>(pick: (month: (typeof MONTH_NAMES)[number]) => readonly T[]) => MONTH_NAMES.flatMap((month, i) => pick(month).map((form) => [form, i + 1] as const));

const ENGLISH = each((month) => [month.english, ...month.englishShort]);
const ARABIC = each(arabicMonthNames);

describe('one month table, every reader knows each form it gives', () => {
  it('holds twelve months, each with English, Egyptian or Gulf, and Levantine names', () => {
    expect(MONTH_NAMES).toHaveLength(12);
    for (const month of MONTH_NAMES) for (const forms of [month.englishShort, month.arabic, month.levantine]) expect(forms.length).toBeGreaterThan(0);
  });

  it.each([...ENGLISH, ...ARABIC])('a question asks %s as month %i (misses-month-asked)', (form, month) => {
    const question = /[a-z]/.test(form) ? `how many cases in ${form}?` : `كم حالة في شهر ${form}؟`;
    expect([...(monthsAsked(question)?.months ?? [])]).toEqual([month]);
  });

  it.each([...ENGLISH, ...ARABIC])('a dispatch dates a day of %s, month %i (find-date-keys)', (form, month) => {
    const wire = /[a-z]/.test(form) ? capitalised(form) : form;
    expect(findDateKeys(`the ban starts on 15 ${wire}`, '2026-01-01')).toEqual([`15/${month}`]);
  });

  it.each(ARABIC)('a question names %s, month %i, with a day or without (parse-question-dates)', (form, month) => {
    expect(parseQuestionDates(`كم الحالات في ${form}؟`, NOW).month).toBe(month);
    expect(parseQuestionDates(`شو صار يوم 5 ${form}؟`, NOW).named).toEqual({ month, day: 5 });
    expect(namesDay(`أعلنت الوزارة في 5 ${form} الجاري`, month, 5)).toBe(true);
    expect(tellsOfMonth(`ارتفع التضخم في ${form} الماضي`, '2026-03-10', month)).toBe(true);
  });

  it.each(ENGLISH)('a question names %s, month %i, with a day or without (parse-question-dates)', (form, month) => {
    expect(parseQuestionDates(`what was inflation in ${form}?`, NOW).month).toBe(month);
    expect(parseQuestionDates(`what happened on ${form} 5?`, NOW).named).toEqual({ month, day: 5 });
  });

  it('tells the Levant\'s two-word names apart by their second word', () => {
    expect(parseQuestionDates('شو صار يوم 5 تشرين الثاني؟', NOW).named).toEqual({ month: 11, day: 5 });
    expect(parseQuestionDates('شو صار يوم 5 كانون الأول؟', NOW).named).toEqual({ month: 12, day: 5 });
    expect(namesDay('في 5 كانون الأول', 1, 5)).toBe(false);
    expect(tellsOfMonth('ارتفع التضخم في تشرين الثاني', '2026-03-10', 10)).toBe(false);
  });

  it('gives the answer patterns every Gregorian name, folded, and each English abbreviation (calendar-words)', () => {
    const arabic = new RegExp(`^(?:${AR_MONTHS})$`, 'u');
    for (const month of MONTH_NAMES) for (const form of month.arabic) expect(normaliseArabic(form)).toMatch(arabic);
    const english = new RegExp(`^${EN_MONTH_DATE}`, 'u');
    for (const month of MONTH_NAMES) for (const form of [month.english, ...month.englishShort]) expect(`${form} 15`).toMatch(english);
  });
});
