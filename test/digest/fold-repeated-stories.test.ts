import { describe, expect, it } from 'vitest';
import { foldRepeatedStories } from '../../src/digest/fold-repeated-stories.js';

const story = (storyId: string, summary: string, dispatchIds = [storyId]) => ({
  storyId, title: storyId, summary, dispatchIds, titleLang: 'en' as const, summaryLang: 'en' as const, updates: 1, latestAt: '2026-02-04T08:00:00.000Z', link: null, urgent: false,
});

describe('foldRepeatedStories', () => {
  it('shows a near-duplicate summary once, citing both stories’ dispatches', () => {
    const folded = foldRepeatedStories([
      story('s1', 'Kuwait Cabinet held an extraordinary meeting on Monday to discuss oil prices.'),
      story('s2', 'Kuwait weather: rain expected.'),
      story('s3', 'The Kuwait Cabinet held an extraordinary meeting on Monday to discuss the oil prices.'),
    ]);
    expect(folded.map((s) => [s.storyId, s.dispatchIds])).toEqual([
      ['s1', ['s1', 's3']],
      ['s2', ['s2']],
    ]);
  });

  it('keeps stories that share only a few words, in both languages', () => {
    const folded = foldRepeatedStories([
      story('a', 'أكد وزير الخارجية الكويتي أهمية التعاون الخليجي.'),
      story('b', 'أكد وزير النفط الكويتي استقرار الأسعار في الأسواق العالمية.'),
    ]);
    expect(folded).toHaveLength(2);
  });
});
