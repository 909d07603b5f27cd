import { describe, expect, it } from 'vitest';
import { addOtherVersionFact } from '../../src/answer/add-other-version-fact.js';
import { figuresOnlyHere } from '../../src/answer/figures-only-here.js';
import type { Dispatch } from '../../src/dispatch/dispatch-types.js';
import type { PassageHit } from '../../src/store/dispatch-store.js';

// Our own sentences: a pension payment told in both languages, the English version adding the total paid.
const hit = (dispatchId: string, lang: 'ar' | 'en', paragraph: number, text: string, storyId = 's1'): PassageHit => ({
  dispatchId, paragraph, text, score: 1, date: '2026-03-17', lang, agency: 'KUNA', headline: '', dateline: null, urgent: false, storyId,
});
const dispatch = (id: string, lang: 'ar' | 'en', paragraphs: string[], storyId = 's1') => ({ id, lang, storyId, headline: '', paragraphs }) as unknown as Dispatch;

const ARABIC = ['بدأت المؤسسة اليوم صرف معاشات المتقاعدين لشهر مارس.', 'وقال المتحدث إن عدد المستفيدين يبلغ نحو 148 ألف متقاعد.'];
const ENGLISH = ['The institution paid March pensions on Tuesday to some 148,000 retirees.', 'A spokesman said the payments totalled about KD 246 million this month.'];
const dispatches = new Map([dispatch('ar1', 'ar', ARABIC), dispatch('en1', 'en', ENGLISH)].map((d) => [d.id, d]));
const arabicLead = hit('ar1', 'ar', 1, ARABIC[1] as string);
const englishTotal = hit('en1', 'en', 1, ENGLISH[1] as string);
const englishLead = hit('en1', 'en', 0, ENGLISH[0] as string);

describe('the figure only the story\'s other version tells', () => {
  it('is told by a passage whose figure the other version lacks, not by one whose figures both give', () => {
    const onlyHere = figuresOnlyHere(dispatches);
    expect(onlyHere(englishTotal)).toBe(true);
    expect(onlyHere(englishLead)).toBe(false);
    expect(onlyHere(hit('en9', 'en', 0, 'Some 246 people came.', 's9'))).toBe(false);
  });

  it('is quoted after a story answered in one language only', () => {
    const onlyHere = figuresOnlyHere(dispatches);
    expect(addOtherVersionFact([arabicLead], [englishLead, englishTotal], 'number', onlyHere)).toEqual([arabicLead, englishTotal]);
  });

  it('is not added for a question asking no figure, nor for a story answered in both languages', () => {
    const onlyHere = figuresOnlyHere(dispatches);
    expect(addOtherVersionFact([arabicLead], [englishTotal], 'person', onlyHere)).toEqual([arabicLead]);
    expect(addOtherVersionFact([arabicLead], [englishTotal], null, onlyHere)).toEqual([arabicLead]);
    expect(addOtherVersionFact([arabicLead, englishLead], [englishTotal], 'number', onlyHere)).toEqual([arabicLead, englishLead]);
  });
});
