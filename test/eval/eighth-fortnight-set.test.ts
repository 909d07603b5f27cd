import { describe, expect, it } from 'vitest';
import { loadEvalSetByName } from '../../eval/load-eval-set-by-name.js';
import { eighthFortnightFixturesDir, loadFortnightSet } from '../../eval/load-fortnight-set.js';
import { describeFortnightSet } from '../helpers/describe-fortnight-set.js';

// The eighth held-out fortnight (10 - 23 May 2026), written blind: the shape its brief asks for (about 70
// dispatches and 30 stories, about 350 questions, about 30 percent unanswerable near misses, about a
// quarter across languages), read through the same loader as the other seven, and stored whole by the
// real ingest; wired into the eval tools (`fortnight8`) after the tenth session's first round.
describeFortnightSet({
  title: 'the eighth fortnight eval set',
  dir: eighthFortnightFixturesDir,
  days: ['2026-05-10', '2026-05-23'],
  minDispatches: 72,
  minStories: 30,
  minBilingualStories: 26,
  minOneLanguageStories: 4,
  minUpdates: 9,
  minQuestions: 380,
  minQuestionsPerSplit: 190,
  unanswerableShare: 0.3,
  crossLanguageShare: 0.25,
  minRelativeDate: 45,
  minDated: 14,
  minLatest: 55,
  minAttribution: 37,
});

describe('the eighth fortnight by name', () => {
  it('is what the eval tools load by the name fortnight8', () => {
    expect(loadEvalSetByName('fortnight8').name).toBe(loadFortnightSet(eighthFortnightFixturesDir).name);
  });
});
