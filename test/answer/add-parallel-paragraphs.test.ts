import { describe, expect, it } from 'vitest';
import { addParallelParagraphs, parallelsBeside } from '../../src/answer/add-parallel-paragraphs.js';
import type { PassageHit } from '../../src/store/dispatch-store.js';

// Our own sentences: a camel race told in both languages, the Arabic version naming the winning camel,
// the English one naming only the prize; and a later day's dispatch of the same story.
const hit = (dispatchId: string, lang: 'ar' | 'en', paragraph: number, text: string, date = '2026-11-06', storyId = 's1'): PassageHit => ({
  dispatchId, paragraph, text, score: 1, date, lang, agency: 'KUNA', headline: '', dateline: null, urgent: false, storyId,
});
const englishLead = hit('en1', 'en', 0, 'Ninety camels ran in the opening race of the season in Kabd on Friday.');
const englishSecond = hit('en1', 'en', 1, 'The organisers told KUNA the winner took a prize of KD 5,000.');
const arabicLead = hit('ar1', 'ar', 0, 'شارك 90 من الهجن اليوم الجمعة في أول سباقات الموسم في كبد.');
const arabicSecond = hit('ar1', 'ar', 1, 'وقال المنظمون إن الناقة "برق" فازت بالشوط الرئيسي وجائزته 5000 دينار.');
const laterArabic = hit('ar2', 'ar', 1, 'وقال المنظمون إن الشوط الثاني يقام الجمعة المقبلة.', '2026-11-09');

describe('the parallel paragraph of the story\'s other version', () => {
  it('follows a passage in the reader\'s language: the one sharing its figures, else the one at its place', () => {
    expect(addParallelParagraphs([englishSecond], [arabicLead, arabicSecond], 'en')).toEqual([englishSecond, arabicSecond]);
    expect(addParallelParagraphs([englishLead], [arabicSecond, arabicLead], 'en')).toEqual([englishLead, arabicLead]);
  });

  it('is not brought for a passage in the other language, nor from a dispatch filed another day', () => {
    expect(addParallelParagraphs([arabicSecond], [englishSecond], 'en')).toEqual([arabicSecond]);
    expect(addParallelParagraphs([englishSecond], [laterArabic], 'en')).toEqual([englishSecond]);
  });

  it('is added once, and not when the story\'s other version is relevant already', () => {
    expect(addParallelParagraphs([englishSecond, arabicSecond], [arabicLead], 'en')).toEqual([englishSecond, arabicSecond]);
    expect(addParallelParagraphs([englishLead, englishSecond], [arabicSecond], 'en')).toEqual([englishLead, englishSecond, arabicSecond]);
  });
});

describe('parallelsBeside', () => {
  it('ties each passage added beside the judged ones to the judged passage of its story\'s same-day other version before it', () => {
    const otherStory = hit('en9', 'en', 0, 'A falcon show opened in Sabah Al-Ahmad on Friday.', '2026-11-06', 's2');
    const added = [englishLead, arabicLead, englishSecond, otherStory, arabicSecond];
    const beside = parallelsBeside([englishLead, englishSecond, otherStory], added);
    expect([...beside]).toEqual([[arabicLead, englishLead], [arabicSecond, englishSecond]]);
  });

  it('ties nothing to another day\'s dispatch of the story', () => {
    expect(parallelsBeside([englishSecond], [englishSecond, laterArabic]).size).toBe(0);
  });
});
