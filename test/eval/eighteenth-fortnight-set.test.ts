import { describe, expect, it } from 'vitest';
import { loadEvalSetByName } from '../../eval/load-eval-set-by-name.js';
import { eighteenthFortnightFixturesDir, loadFortnightSet } from '../../eval/load-fortnight-set.js';
import { describeFortnightSet } from '../helpers/describe-fortnight-set.js';

// The eighteenth held-out fortnight (27 September - 10 October 2026), written blind: the shape its brief asks
// for (about 72 dispatches and 30 stories, 610 questions, about 30 percent unanswerable near misses, about 30
// percent across languages), held to the figures it has (610 questions), read through the same loader as the
// other seventeen, and stored whole by the real ingest. Written unwired; wired into the eval tools (`fortnight18`)
// as soon as it was committed, before any branch of the twenty-first session merged, and kept out of every decision
// of that session (UNSEEN in eval/unseen-sets.ts).
describeFortnightSet({
  title: 'the eighteenth fortnight eval set',
  dir: eighteenthFortnightFixturesDir,
  days: ['2026-09-27', '2026-10-10'],
  minDispatches: 72,
  minStories: 30,
  minBilingualStories: 25,
  minOneLanguageStories: 5,
  minUpdates: 9,
  minQuestions: 610,
  minQuestionsPerSplit: 305,
  unanswerableShare: 0.3,
  crossLanguageShare: 0.3,
  minRelativeDate: 86,
  minDated: 60,
  minLatest: 100,
  minAttribution: 100,
});

describe('the eighteenth fortnight by name', () => {
  it('is what the eval tools load by the name fortnight18', () => {
    expect(loadEvalSetByName('fortnight18').name).toBe(loadFortnightSet(eighteenthFortnightFixturesDir).name);
  });
});
