import { describe, expect, it } from 'vitest';
import { extractAnswer } from '../../src/answer/extract-answer.js';
import { quotesSpread } from '../../src/answer/quotes-spread.js';
import type { PassageHit } from '../../src/store/dispatch-store.js';

const hit = (dispatchId: string, paragraph: number, lang: 'en' | 'ar' = 'ar'): PassageHit => ({
  dispatchId, paragraph, text: `${dispatchId} ${paragraph}`, score: 1, date: '2026-05-17', lang, agency: 'KUNA', headline: dispatchId, dateline: null, urgent: false, storyId: 'poles',
});
const keys = (items: readonly { hit: PassageHit }[]) => items.map(({ hit: h }) => `${h.dispatchId}¶${h.paragraph}`);

describe('quotesSpread', () => {
  it('leaves the third quote to the story’s other version when one version would fill all three', () => {
    // The reader's version tells the story around the fact; the other language's version holds it.
    const items = [hit('poles-ar', 0), hit('poles-ar', 1), hit('poles-ar', 2), hit('poles-en', 0, 'en'), hit('poles-en', 2, 'en')].map((h) => ({ hit: h }));
    expect(keys(quotesSpread(items, 3))).toEqual(['poles-ar¶0', 'poles-ar¶1', 'poles-en¶0']);
  });

  it('quotes a passage once, however often it is given', () => {
    const items = [hit('coolers-ar', 0), hit('coolers-ar', 1), hit('coolers-ar', 0), hit('coolers-en', 1, 'en')].map((h) => ({ hit: h }));
    expect(keys(quotesSpread(items, 3))).toEqual(['coolers-ar¶0', 'coolers-ar¶1', 'coolers-en¶1']);
  });

  it('fills the room with one dispatch’s later passages when no other dispatch is left, in the order given', () => {
    const items = [hit('one', 0), hit('one', 1), hit('one', 2)].map((h) => ({ hit: h }));
    expect(keys(quotesSpread(items, 3))).toEqual(['one¶0', 'one¶1', 'one¶2']);
  });

  it('spreads the extractive answer’s citations over the dispatches', () => {
    const hits = [hit('poles-ar', 0), hit('poles-ar', 1), hit('poles-ar', 2), hit('poles-en', 2, 'en')];
    const answer = extractAnswer(hits, new Map(), 'ar');
    expect(answer.citations.map((c) => `${c.id}¶${c.paragraph}`)).toEqual(['poles-ar¶0', 'poles-ar¶1', 'poles-en¶2']);
  });
});
