import { describe, expect, it } from 'vitest';
import { storiesNamingAllFirst } from '../../src/answer/stories-naming-all-first.js';
import type { PassageHit } from '../../src/store/dispatch-store.js';

const hit = (dispatchId: string, storyId: string, text: string): PassageHit => ({
  dispatchId, paragraph: 0, text, score: 1, date: '2026-03-12', lang: 'en', agency: 'KUNA', headline: dispatchId, dateline: null, urgent: false, storyId,
});
/** The topics a passage names: here, the words of its text. */
const named = (h: PassageHit) => h.text.split(' ');

describe('storiesNamingAllFirst', () => {
  it('puts the story naming every topic asked, over all its passages, before the one naming fewer', () => {
    const hits = [hit('thursday', 'day', 'index rose'), hit('thursday-2', 'day', 'index turnover'), hit('review', 'week', 'index rose week'), hit('review-2', 'week', 'value')];
    expect(storiesNamingAllFirst(hits, ['week'], named).map((h) => h.dispatchId)).toEqual(['review', 'review-2', 'thursday', 'thursday-2']);
  });

  it('keeps the order given when every story or none names them all, or nothing is asked', () => {
    const hits = [hit('a', 'x', 'index rose'), hit('b', 'y', 'index fell')];
    expect(storiesNamingAllFirst(hits, ['index'], named)).toEqual(hits);
    expect(storiesNamingAllFirst(hits, ['week'], named)).toEqual(hits);
    expect(storiesNamingAllFirst(hits, [], named)).toEqual(hits);
  });
});
