import { describe, expect, it } from 'vitest';
import { storiesTogether } from '../../src/answer/stories-together.js';
import type { PassageHit } from '../../src/store/dispatch-store.js';

const hit = (dispatchId: string, storyId: string, lang: 'en' | 'ar'): PassageHit => ({
  dispatchId, paragraph: 0, text: dispatchId, score: 1, date: '2026-02-05', lang, agency: 'KUNA', headline: dispatchId, dateline: null, urgent: false, storyId,
});

describe('storiesTogether', () => {
  it('puts a story’s flash right after its report, before the next story’s passages (English)', () => {
    const hits = [hit('semi', 'semi', 'en'), hit('final', 'final', 'en'), hit('final-flash', 'final', 'en'), hit('semi-flash', 'semi', 'en')];
    expect(storiesTogether(hits).map((h) => h.dispatchId)).toEqual(['semi', 'semi-flash', 'final', 'final-flash']);
  });

  it('puts a story’s other-language version right after it (Arabic first)', () => {
    const hits = [hit('نصف', 'semi', 'ar'), hit('نهائي', 'final', 'ar'), hit('semi', 'semi', 'en'), hit('final', 'final', 'en')];
    expect(storiesTogether(hits).map((h) => h.dispatchId)).toEqual(['نصف', 'semi', 'نهائي', 'final']);
  });

  it('keeps passages already together as given', () => {
    const hits = [hit('a', 'x', 'en'), hit('b', 'x', 'ar'), hit('c', 'y', 'en')];
    expect(storiesTogether(hits)).toEqual(hits);
  });
});
