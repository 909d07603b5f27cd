import { describe, expect, it } from 'vitest';
import { loadEvalSetByName } from '../../eval/load-eval-set-by-name.js';
import { loadFortnightSet, twelfthFortnightFixturesDir } from '../../eval/load-fortnight-set.js';
import { describeFortnightSet } from '../helpers/describe-fortnight-set.js';

// The twelfth held-out fortnight (5 - 18 July 2026), written blind: the shape its brief asks for (about 72
// dispatches and 30 stories, about 500-550 questions, about 30 percent unanswerable near misses, 25 to 30
// percent across languages), held to the figures it has (568 questions), read through the same loader as
// the other eleven, and stored whole by the real ingest. Written unwired; wired into the eval tools
// (`fortnight12`) as soon as it was committed, before any branch of the fifteenth session merged, and kept
// out of every decision of that session (`count-dev-outcomes` does not read it).
describeFortnightSet({
  title: 'the twelfth fortnight eval set',
  dir: twelfthFortnightFixturesDir,
  days: ['2026-07-05', '2026-07-18'],
  minDispatches: 72,
  minStories: 30,
  minBilingualStories: 26,
  minOneLanguageStories: 4,
  minUpdates: 9,
  minQuestions: 568,
  minQuestionsPerSplit: 283,
  unanswerableShare: 0.3,
  crossLanguageShare: 0.28,
  minRelativeDate: 62,
  minDated: 30,
  minLatest: 58,
  minAttribution: 67,
});

describe('the twelfth fortnight by name', () => {
  it('is what the eval tools load by the name fortnight12', () => {
    expect(loadEvalSetByName('fortnight12').name).toBe(loadFortnightSet(twelfthFortnightFixturesDir).name);
  });
});
