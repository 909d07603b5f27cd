import { describe, expect, it } from 'vitest';
import { conceptAskedOf, countsSomething, siblingThatCounts, tellsOnlyMoney, tellsOnlyMoneyOrTime } from '../../src/answer/sibling-that-counts.js';
import type { PassageHit } from '../../src/store/dispatch-store.js';
import { analyseText } from '../../src/text/analyse-text.js';
import type { Concept } from '../../src/answer/weigh-concepts.js';

// A prize story told in both languages, written for these tests: the Arabic jury paragraph tells the prize's
// money and the ceremony's date, its English sibling counts the entries.
const MONEY_AR = 'وقال رئيس لجنة التحكيم ل(كونا) إن قيمة الجائزة 5 آلاف دينار، وإن حفل التكريم سيقام مساء 29 أبريل.';
const COUNT_EN = 'The jury chairman said 146 collections had been entered this year, 38 of them by first-time writers.';
const LEAD_EN = 'A Kuwaiti writer won the 11th Kuwait Short Story Prize on Wednesday, April 22, for her collection.';

const hit = (dispatchId: string, paragraph: number, text: string, lang: 'ar' | 'en', storyId = 'prize'): PassageHit =>
  ({ dispatchId, paragraph, text, lang, storyId, score: 0, date: '2026-04-22', agency: 'KUNA', headline: '', dateline: null, urgent: false }) as PassageHit;
const concept = (...words: string[]): Concept =>
  ({ group: words.map((word) => analyseText(word)), place: false, documents: 1, critical: true, entity: false }) as Concept;

describe('a sibling paragraph that counts, asked how many', () => {
  it('tells a count from money, dates, times and ordinals', () => {
    expect(countsSomething(COUNT_EN)).toBe(true);
    expect(countsSomething(MONEY_AR)).toBe(false);
    expect(countsSomething(LEAD_EN)).toBe(false);
    expect(countsSomething('The concert starts at 8 p.m. on April 2 in the 2026 season.')).toBe(false);
    expect(countsSomething('تقام الدورة الحادية عشرة في 2026.')).toBe(false);
    expect(tellsOnlyMoney(MONEY_AR)).toBe(true);
    expect(tellsOnlyMoney(COUNT_EN)).toBe(false);
    expect(tellsOnlyMoney('The fund will hand out 18,000 school bags at a cost of KD 240,000.')).toBe(false);
  });

  it('reads a month only as a whole word: "14 markets" counts, "March 14" dates', () => {
    expect(countsSomething('Inspectors closed 14 markets.')).toBe(true);
    expect(countsSomething('The council took 3 decisions on fees.')).toBe(true);
    expect(countsSomething('The market closes on March 14.')).toBe(false);
    expect(countsSomething('The market closes on Dec. 14.')).toBe(false);
  });

  it('reads what "how many" and كم ask of, not "how much"', () => {
    const collections = concept('مجموعة', 'collections');
    expect(conceptAskedOf('كم مجموعة قصصية تقدمت للجائزة هالسنة؟', [concept('جائزة'), collections])).toBe(collections);
    expect(conceptAskedOf('how many collections were entered?', [collections])).toBe(collections);
    expect(conceptAskedOf('how much investment has the corridor drawn?', [concept('investment')])).toBeUndefined();
  });

  it('quotes the sibling that counts in place of the paragraph telling only money', () => {
    const money = hit('ar1', 1, MONEY_AR, 'ar');
    const count = hit('en1', 1, COUNT_EN, 'en');
    const lead = hit('en1', 0, LEAD_EN, 'en');
    const other = hit('x', 0, 'Another story counted 300 volunteers.', 'en', 'other');
    const { relevant, joined } = siblingThatCounts([money], [lead, other, count], concept('مجموعة', 'collections'), () => true);
    expect(relevant).toEqual([count]);
    expect(joined).toEqual([count]);
  });

  it('quotes the sibling that counts in place of a paragraph telling only a length of time', () => {
    const TIME_EN = 'A 15-year-old pupil solved the puzzle in 6.84 seconds on Monday, a national record.';
    expect(tellsOnlyMoneyOrTime(TIME_EN)).toBe(true);
    expect(tellsOnlyMoneyOrTime(MONEY_AR)).toBe(true);
    expect(tellsOnlyMoneyOrTime(LEAD_EN)).toBe(false);
    expect(tellsOnlyMoneyOrTime(COUNT_EN)).toBe(false);
    expect(tellsOnlyMoneyOrTime('Energy-saving lamps use 55 percent less power.')).toBe(false);
    const time = hit('en1', 0, TIME_EN, 'en');
    const count = hit('en1', 1, COUNT_EN, 'en');
    expect(siblingThatCounts([time], [count], concept('مجموعة'), () => true).relevant).toEqual([count]);
  });

  it('keeps money that names what is asked (the prize asked كم جائزة), and a sibling judged a near miss stays out', () => {
    const money = hit('ar1', 1, MONEY_AR, 'ar');
    const count = hit('en1', 1, COUNT_EN, 'en');
    expect(siblingThatCounts([money], [count], concept('جائزة', 'prize'), () => true).relevant).toEqual([money]);
    expect(siblingThatCounts([money], [count], concept('مجموعة'), () => false).relevant).toEqual([money]);
  });
});
