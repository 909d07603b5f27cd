import { describe, expect, it } from 'vitest';
import { loadEvalSetByName } from '../../eval/load-eval-set-by-name.js';
import { loadFortnightSet, thirteenthFortnightFixturesDir } from '../../eval/load-fortnight-set.js';
import { describeFortnightSet } from '../helpers/describe-fortnight-set.js';

// The thirteenth held-out fortnight (19 July - 1 August 2026), written blind: the shape its brief asks for
// (about 72 dispatches and 30 stories, about 560 questions, about 30 percent unanswerable near misses, about
// 28 percent across languages), held to the figures it has (602 questions), read through the same loader as
// the other twelve, and stored whole by the real ingest. Written unwired; wired into the eval tools
// (`fortnight13`) as soon as it was committed, before any branch of the sixteenth session merged, and kept
// out of every decision of that session (`count-dev-outcomes` does not read it).
describeFortnightSet({
  title: 'the thirteenth fortnight eval set',
  dir: thirteenthFortnightFixturesDir,
  days: ['2026-07-19', '2026-08-01'],
  minDispatches: 72,
  minStories: 30,
  minBilingualStories: 26,
  minOneLanguageStories: 4,
  minUpdates: 9,
  minQuestions: 602,
  minQuestionsPerSplit: 299,
  unanswerableShare: 0.3,
  crossLanguageShare: 0.28,
  minRelativeDate: 65,
  minDated: 39,
  minLatest: 70,
  minAttribution: 88,
});

describe('the thirteenth fortnight by name', () => {
  it('is what the eval tools load by the name fortnight13', () => {
    expect(loadEvalSetByName('fortnight13').name).toBe(loadFortnightSet(thirteenthFortnightFixturesDir).name);
  });
});
