import { describe, expect, it } from 'vitest';
import { relevantStoriesFirst } from '../../src/answer/relevant-stories-first.js';
import type { PassageHit } from '../../src/store/dispatch-store.js';

const hit = (dispatchId: string, storyId: string, lang: 'en' | 'ar', text: string): PassageHit => ({
  dispatchId, paragraph: 0, text, score: 1, date: '2026-02-08', lang, agency: 'KUNA', headline: text, dateline: null, urgent: false, storyId,
});

describe('the passages after the relevant ones', () => {
  it('puts the other passages of a story judged relevant before those of other stories, each in the order given (English and Arabic)', () => {
    const relevant = [hit('en-1', 'beach', 'en', 'Messila beach reopened')];
    const nearby = [
      hit('en-2', 'market', 'en', 'a beach market opened'),
      hit('ar-1', 'beach', 'ar', 'أعادت البلدية فتح شاطئ المسيلة'),
      hit('ar-2', 'market', 'ar', 'سوق على الشاطئ'),
      hit('en-3', 'beach', 'en', 'The walkway will be open from 6 a.m.'),
    ];
    expect(relevantStoriesFirst(nearby, relevant).map((h) => h.dispatchId)).toEqual(['ar-1', 'en-3', 'en-2', 'ar-2']);
    const arabicRelevant = [hit('ar-1', 'beach', 'ar', 'أعادت البلدية فتح شاطئ المسيلة')];
    const arabicNearby = [hit('ar-2', 'market', 'ar', 'سوق على الشاطئ'), hit('en-1', 'beach', 'en', 'Messila beach reopened')];
    expect(relevantStoriesFirst(arabicNearby, arabicRelevant).map((h) => h.dispatchId)).toEqual(['en-1', 'ar-2']);
  });

  it('leaves the order alone when no story is relevant', () => {
    const nearby = [hit('en-2', 'market', 'en', 'a'), hit('ar-1', 'beach', 'ar', 'ب')];
    expect(relevantStoriesFirst(nearby, [])).toEqual(nearby);
  });
});
