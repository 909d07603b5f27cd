import { describe, expect, it } from 'vitest';
import { countedJudgedIn } from '../../src/answer/counted-judged-in.js';
import { analyseText } from '../../src/text/analyse-text.js';

// Sentences written for this test.
const englishOnly = { group: [analyseText('glassblowers')], place: false, documents: 1, critical: true, entity: false };
const bothLanguages = { group: [analyseText('pupil'), analyseText('طالب')], place: false, documents: 2, critical: true, entity: false };
const ar = (text: string) => ({ lang: 'ar' as const, text });

describe('countedJudgedIn: whether the counted-thing veto can judge a passage', () => {
  it('leaves Arabic copy to an English count with no Arabic form when its figures count no listed thing', () => {
    expect(countedJudgedIn({ concept: englishOnly, others: new Set() }, ar('وشارك في المعرض تسعة من الحرفيين القدامى.'), 'en')).toBe(false);
  });

  it('judges Arabic copy whose figures all count things the lists know in English', () => {
    expect(countedJudgedIn({ concept: englishOnly, others: new Set() }, ar('وقال إن المصنع ينتج 500 طن يوميا.'), 'en')).toBe(true);
  });

  it('judges Arabic copy counting by an unlisted word when the English version names the thing but counts none of it', () => {
    const arabic = ar('وقال المنظم إن 12 خزافا عرضوا أعمالهم في السالمية.');
    expect(countedJudgedIn({ concept: englishOnly, others: new Set() }, arabic, 'en', 'The glassblowers showed their work in Salmiya.')).toBe(true);
    expect(countedJudgedIn({ concept: englishOnly, others: new Set() }, arabic, 'en', 'Some 12 glassblowers showed their work in Salmiya.')).toBe(false);
    expect(countedJudgedIn({ concept: englishOnly, others: new Set() }, arabic, 'en', 'The fair opened in Salmiya on Monday.')).toBe(false);
    expect(countedJudgedIn({ concept: englishOnly, others: new Set() }, ar('وشارك في المعرض تسعة من الحرفيين القدامى.'), 'en', 'The glassblowers showed their work in Salmiya.')).toBe(false);
  });

  it('judges a passage whose language has a form of the thing, and any passage for an Arabic كم', () => {
    expect(countedJudgedIn({ concept: bothLanguages, others: new Set() }, ar('وشارك في المعرض تسعة من الحرفيين القدامى.'), 'en')).toBe(true);
    expect(countedJudgedIn({ concept: englishOnly, others: new Set(), onlyIn: 'ar' }, ar('وشارك في المعرض تسعة من الحرفيين القدامى.'), 'ar')).toBe(true);
    expect(countedJudgedIn(undefined, ar('وشارك في المعرض تسعة من الحرفيين القدامى.'), 'en')).toBe(true);
  });
});
