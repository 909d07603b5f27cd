import { describe, expect, it } from 'vitest';
import { loadEvalSetByName } from '../../eval/load-eval-set-by-name.js';
import { loadFortnightSet, seventeenthFortnightFixturesDir } from '../../eval/load-fortnight-set.js';
import { describeFortnightSet } from '../helpers/describe-fortnight-set.js';

// The seventeenth held-out fortnight (13 - 26 September 2026), written blind: the shape its brief asks for
// (about 72 dispatches and 30 stories, 610 questions, about 30 percent unanswerable near misses, about 30
// percent across languages), held to the figures it has (610 questions), read through the same loader as the
// other sixteen, and stored whole by the real ingest. Written unwired; wired into the eval tools
// (`fortnight17`) as soon as it was committed, before any branch of the twentieth session merged, and kept
// out of every decision of that session (`count-dev-outcomes` does not read it).
describeFortnightSet({
  title: 'the seventeenth fortnight eval set',
  dir: seventeenthFortnightFixturesDir,
  days: ['2026-09-13', '2026-09-26'],
  minDispatches: 72,
  minStories: 30,
  minBilingualStories: 26,
  minOneLanguageStories: 4,
  minUpdates: 9,
  minQuestions: 610,
  minQuestionsPerSplit: 305,
  unanswerableShare: 0.3,
  crossLanguageShare: 0.3,
  minRelativeDate: 84,
  minDated: 60,
  minLatest: 97,
  minAttribution: 99,
});

describe('the seventeenth fortnight by name', () => {
  it('is what the eval tools load by the name fortnight17', () => {
    expect(loadEvalSetByName('fortnight17').name).toBe(loadFortnightSet(seventeenthFortnightFixturesDir).name);
  });
});
