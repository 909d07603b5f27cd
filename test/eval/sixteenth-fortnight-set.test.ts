import { describe, expect, it } from 'vitest';
import { loadEvalSetByName } from '../../eval/load-eval-set-by-name.js';
import { loadFortnightSet, sixteenthFortnightFixturesDir } from '../../eval/load-fortnight-set.js';
import { describeFortnightSet } from '../helpers/describe-fortnight-set.js';

// The sixteenth held-out fortnight (30 August - 12 September 2026), written blind: the shape its brief asks
// for (about 72 dispatches and 30 stories, about 610 questions, about 30 percent unanswerable near misses,
// about 30 percent across languages), held to the figures it has (610 questions), read through the same
// loader as the other fifteen, and stored whole by the real ingest. Written unwired; wired into the eval tools
// (`fortnight16`) as soon as it was committed, before any branch of the nineteenth session merged, and kept
// out of every decision of that session (`count-dev-outcomes` does not read it).
describeFortnightSet({
  title: 'the sixteenth fortnight eval set',
  dir: sixteenthFortnightFixturesDir,
  days: ['2026-08-30', '2026-09-12'],
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

describe('the sixteenth fortnight by name', () => {
  it('is what the eval tools load by the name fortnight16', () => {
    expect(loadEvalSetByName('fortnight16').name).toBe(loadFortnightSet(sixteenthFortnightFixturesDir).name);
  });
});
