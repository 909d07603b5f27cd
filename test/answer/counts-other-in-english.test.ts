import { describe, expect, it } from 'vitest';
import { countsListedOnly } from '../../src/answer/counted-nouns.js';
import { countsOtherInEnglish } from '../../src/answer/counts-other-in-english.js';
import { analyseText } from '../../src/text/analyse-text.js';

// Sentences written for this test.
const pupils = { group: [analyseText('طالب'), analyseText('pupil'), analyseText('student')], place: false, documents: 2, critical: true, entity: false };
const arabicKam = { concept: pupils, others: new Set<string>(), onlyIn: 'ar' as const };
const en = (text: string) => ({ lang: 'en' as const, text });

describe('countsListedOnly: a text that counts only things the lists know in a language', () => {
  it('takes a count by a listed word, not one by a word no list names there, nor a figure that counts no word', () => {
    expect(countsListedOnly('The rule would reach 320 schools in its first year.', 'ar')).toBe(true);
    expect(countsListedOnly('The rule would reach 320 bibliophiles in its first year.', 'ar')).toBe(false);
    expect(countsListedOnly('Each school could apply for a grant of KD 3,000 from the ministry.', 'ar')).toBe(false);
    expect(countsListedOnly('The fastest pupil finished the test in 6.84 seconds on Monday.', 'ar')).toBe(false);
    expect(countsListedOnly('The fastest of 320 pupils finished the test in 6.84 seconds on Monday.', 'ar')).toBe(true);
  });
});

describe('countsOtherInEnglish: an Arabic كم answered by an English count of another thing', () => {
  it('takes an English passage counting only schools for a near miss of how many pupils', () => {
    expect(countsOtherInEnglish(arabicKam, en('The renewal rule would reach 320 schools in its first year.'))).toBe(true);
  });

  it('keeps an English passage that counts the pupils, or counts by a word no list knows in Arabic', () => {
    expect(countsOtherInEnglish(arabicKam, en('The renewal rule would reach 41,000 pupils in its first year.'))).toBe(false);
    expect(countsOtherInEnglish(arabicKam, en('The renewal rule would reach 320 bibliophiles in its first year.'))).toBe(false);
  });

  it('judges only English passages, and only for an Arabic كم', () => {
    expect(countsOtherInEnglish(arabicKam, { lang: 'ar', text: 'وقال إن القرار يشمل 320 مدرسة.' })).toBe(false);
    expect(countsOtherInEnglish({ concept: pupils, others: new Set() }, en('The renewal rule would reach 320 schools in its first year.'))).toBe(false);
    expect(countsOtherInEnglish(undefined, en('The renewal rule would reach 320 schools in its first year.'))).toBe(false);
  });
});
