import { describe, expect, it } from 'vitest';
import { readersVersionFirst } from '../../src/answer/readers-version-first.js';
import type { PassageHit } from '../../src/store/dispatch-store.js';

const hit = (dispatchId: string, storyId: string, lang: 'en' | 'ar', urgent = false): PassageHit => ({
  dispatchId, paragraph: 0, text: dispatchId, score: 1, date: '2026-04-14', lang, agency: 'KUNA', headline: dispatchId, dateline: null, urgent, storyId,
});

describe('readersVersionFirst', () => {
  it('keeps the first story first through its other-language version, ahead of another story in the reader’s language', () => {
    // The league's opening round told in English only holds the figure; the next week's round is told in Arabic.
    const hits = [hit('opening-en', 'opening', 'en'), hit('next-round-ar', 'next', 'ar'), hit('next-round-ar-2', 'next', 'ar'), hit('opening-ar', 'opening', 'ar')];
    expect(readersVersionFirst(hits, 'ar').map((h) => h.dispatchId)).toEqual(['opening-ar', 'opening-en', 'next-round-ar', 'next-round-ar-2']);
  });

  it('puts the reader’s version first within each story, the rest in the order given', () => {
    const hits = [hit('a-en', 'a', 'en'), hit('a-ar', 'a', 'ar'), hit('a-en-2', 'a', 'en'), hit('b-ar', 'b', 'ar'), hit('b-en', 'b', 'en')];
    expect(readersVersionFirst(hits, 'en').map((h) => h.dispatchId)).toEqual(['a-en', 'a-en-2', 'a-ar', 'b-en', 'b-ar']);
    expect(readersVersionFirst(hits, 'ar').map((h) => h.dispatchId)).toEqual(['a-ar', 'a-en', 'a-en-2', 'b-ar', 'b-en']);
  });

  it('puts a passage of the reader’s version judged on the other version’s words after that version’s passages', () => {
    const hits = [hit('a-ar', 'a', 'ar'), hit('a-en', 'a', 'en'), hit('a-en-2', 'a', 'en'), hit('b-en', 'b', 'en')];
    const [, lead, later] = hits as [PassageHit, PassageHit, PassageHit];
    expect(readersVersionFirst(hits, 'en', new Set([lead, later])).map((h) => h.dispatchId)).toEqual(['a-ar', 'a-en', 'a-en-2', 'b-en']);
  });

  it('puts a story’s flashes after its full dispatches, whatever their language', () => {
    const hits = [hit('flash-en', 'a', 'en', true), hit('flash-ar', 'a', 'ar', true), hit('full-en', 'a', 'en'), hit('full-ar', 'a', 'ar'), hit('b-en', 'b', 'en')];
    expect(readersVersionFirst(hits, 'en').map((h) => h.dispatchId)).toEqual(['full-en', 'full-ar', 'flash-en', 'flash-ar', 'b-en']);
  });

  it('keeps a parallel paragraph right after the reader\'s passage it tells again, ahead of the story\'s other day in the reader\'s language', () => {
    const lead = hit('launch-ar', 'a', 'ar');
    const parallel = hit('launch-en', 'a', 'en');
    const update = hit('update-ar', 'a', 'ar');
    const hits = [lead, update, parallel];
    expect(readersVersionFirst(hits, 'ar').map((h) => h.dispatchId)).toEqual(['launch-ar', 'update-ar', 'launch-en']);
    expect(readersVersionFirst(hits, 'ar', new Set(), new Map([[parallel, lead]])).map((h) => h.dispatchId)).toEqual(['launch-ar', 'launch-en', 'update-ar']);
  });

  it('sorts a parallel paragraph with the others when the passage it rides beside is not given', () => {
    const parallel = hit('launch-en', 'a', 'en');
    const hits = [hit('update-ar', 'a', 'ar'), parallel];
    expect(readersVersionFirst(hits, 'ar', new Set(), new Map([[parallel, hit('gone-ar', 'a', 'ar')]])).map((h) => h.dispatchId)).toEqual(['update-ar', 'launch-en']);
  });
});
