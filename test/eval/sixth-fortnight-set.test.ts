import { describe, expect, it } from 'vitest';
import { loadEvalSetByName } from '../../eval/load-eval-set-by-name.js';
import { loadFortnightSet, sixthFortnightFixturesDir } from '../../eval/load-fortnight-set.js';
import { describeFortnightSet } from '../helpers/describe-fortnight-set.js';

// The sixth held-out fortnight (12 - 25 April 2026): the shape its brief asks for (about 70 dispatches
// and 30 stories, about 300 questions, about a third unanswerable near misses, about a quarter across
// languages), read through the same loader as the other five, and stored whole by the real ingest.
// Wired into the eval tools at the end of the eighth session's round, when it was first measured.
describeFortnightSet({
  title: 'the sixth fortnight eval set',
  dir: sixthFortnightFixturesDir,
  days: ['2026-04-12', '2026-04-25'],
  minDispatches: 70,
  minStories: 30,
  minBilingualStories: 26,
  minOneLanguageStories: 4,
  minUpdates: 8,
  minQuestions: 300,
  minQuestionsPerSplit: 150,
  unanswerableShare: 0.3,
  crossLanguageShare: 0.25,
  minRelativeDate: 30,
  minDated: 12,
  minLatest: 25,
  minAttribution: 30,
});

describe('the sixth fortnight by name', () => {
  it('is what the eval tools load by the name fortnight6', () => {
    expect(loadEvalSetByName('fortnight6').name).toBe(loadFortnightSet(sixthFortnightFixturesDir).name);
  });
});
