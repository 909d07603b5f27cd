import { describe, expect, it } from 'vitest';
import { loadEvalSetByName } from '../../eval/load-eval-set-by-name.js';
import { fourteenthFortnightFixturesDir, loadFortnightSet } from '../../eval/load-fortnight-set.js';
import { describeFortnightSet } from '../helpers/describe-fortnight-set.js';

// The fourteenth held-out fortnight (2 - 15 August 2026), written blind: the shape its brief asks for
// (about 72 dispatches and 30 stories, about 600 questions, about 30 percent unanswerable near misses, about
// 30 percent across languages), held to the figures it has (610 questions), read through the same loader as
// the other thirteen, and stored whole by the real ingest. Written unwired; wired into the eval tools
// (`fortnight14`) as soon as it was committed, before any branch of the seventeenth session merged, and kept
// out of every decision of that session (`count-dev-outcomes` does not read it).
describeFortnightSet({
  title: 'the fourteenth fortnight eval set',
  dir: fourteenthFortnightFixturesDir,
  days: ['2026-08-02', '2026-08-15'],
  minDispatches: 72,
  minStories: 30,
  minBilingualStories: 26,
  minOneLanguageStories: 4,
  minUpdates: 9,
  minQuestions: 610,
  minQuestionsPerSplit: 302,
  unanswerableShare: 0.3,
  crossLanguageShare: 0.3,
  minRelativeDate: 69,
  minDated: 40,
  minLatest: 76,
  minAttribution: 89,
});

describe('the fourteenth fortnight by name', () => {
  it('is what the eval tools load by the name fortnight14', () => {
    expect(loadEvalSetByName('fortnight14').name).toBe(loadFortnightSet(fourteenthFortnightFixturesDir).name);
  });
});
