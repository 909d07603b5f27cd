import { describe, expect, it } from 'vitest';
import { judgedLikeOtherVersion } from '../../src/answer/judged-like-other-version.js';
import type { Concept } from '../../src/answer/weigh-concepts.js';
import type { PassageHit } from '../../src/store/dispatch-store.js';

const hit = (dispatchId: string, storyId: string, lang: 'en' | 'ar', paragraph = 0): PassageHit => ({
  dispatchId, paragraph, text: dispatchId, score: 1, date: '2026-11-11', lang, agency: 'KUNA', headline: dispatchId, dateline: null, urgent: false, storyId,
});
const judged = (h: PassageHit, speaks: boolean, another = false) => ({ hit: h, own: speaks, speaks, another });

// "What did the divers bring up from the wreck?": "bring" has no Arabic form, so the Arabic lead was judged without it.
const bring: Concept = { group: [['bring']], place: false, documents: 1, critical: true, entity: false };
const waivedOf = (h: PassageHit) => (h.lang === 'ar' ? [bring] : []);
/** The English paragraph that writes "brought up" answers once "bring" is excused; the others do not. */
const relevantWithout = (h: PassageHit, waived: readonly Concept[]) => waived.includes(bring) && h.dispatchId === 'wreck-en-1';

describe('judgedLikeOtherVersion', () => {
  it('judges the asker’s version on the words its story’s other version was judged on', () => {
    const passages = [judged(hit('wreck-ar', 'wreck', 'ar'), true), judged(hit('wreck-en', 'wreck', 'en'), false), judged(hit('wreck-en-1', 'wreck', 'en', 1), false)];
    const result = judgedLikeOtherVersion(passages, 'en', waivedOf, relevantWithout);
    expect(result.map((j) => [j.hit.dispatchId, j.speaks, j.throughOtherVersion ?? false])).toEqual([
      ['wreck-ar', true, false],
      ['wreck-en', false, false],
      ['wreck-en-1', true, true],
    ]);
  });

  it('leaves the judgement alone when a passage in the asker’s language answers on its own words', () => {
    const passages = [judged(hit('wreck-ar', 'wreck', 'ar'), true), judged(hit('wreck-en', 'wreck', 'en'), true), judged(hit('wreck-en-1', 'wreck', 'en', 1), false)];
    expect(judgedLikeOtherVersion(passages, 'en', waivedOf, relevantWithout).filter((j) => j.speaks)).toHaveLength(2);
  });

  it('leaves it alone when several stories answer, or the other version was excused nothing, or the passage is a near miss', () => {
    const twoStories = [judged(hit('wreck-ar', 'wreck', 'ar'), true), judged(hit('fair-ar', 'fair', 'ar'), true), judged(hit('wreck-en-1', 'wreck', 'en', 1), false)];
    expect(judgedLikeOtherVersion(twoStories, 'en', waivedOf, relevantWithout).filter((j) => j.speaks)).toHaveLength(2);
    const nothingExcused = [judged(hit('wreck-ar', 'wreck', 'ar'), true), judged(hit('wreck-en-1', 'wreck', 'en', 1), false)];
    expect(judgedLikeOtherVersion(nothingExcused, 'en', () => [], relevantWithout).filter((j) => j.speaks)).toHaveLength(1);
    const nearMiss = [judged(hit('wreck-ar', 'wreck', 'ar'), true), judged(hit('wreck-en-1', 'wreck', 'en', 1), false, true)];
    expect(judgedLikeOtherVersion(nearMiss, 'en', waivedOf, relevantWithout).filter((j) => j.speaks)).toHaveLength(1);
  });
});
