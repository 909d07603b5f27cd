import { describe, expect, it } from 'vitest';
import { loadEvalSetByName } from '../../eval/load-eval-set-by-name.js';
import { fifteenthFortnightFixturesDir, loadFortnightSet } from '../../eval/load-fortnight-set.js';
import { describeFortnightSet } from '../helpers/describe-fortnight-set.js';

// The fifteenth held-out fortnight (16 - 29 August 2026), written blind: the shape its brief asks for
// (about 72 dispatches and 30 stories, about 600 questions, about 30 percent unanswerable near misses, about
// 30 percent across languages), held to the figures it has (610 questions), read through the same loader as
// the other fourteen, and stored whole by the real ingest. Written unwired; wired into the eval tools
// (`fortnight15`) as soon as it was committed, before any branch of the eighteenth session merged, and kept
// out of every decision of that session (`count-dev-outcomes` does not read it).
describeFortnightSet({
  title: 'the fifteenth fortnight eval set',
  dir: fifteenthFortnightFixturesDir,
  days: ['2026-08-16', '2026-08-29'],
  minDispatches: 72,
  minStories: 30,
  minBilingualStories: 26,
  minOneLanguageStories: 4,
  minUpdates: 9,
  minQuestions: 610,
  minQuestionsPerSplit: 305,
  unanswerableShare: 0.3,
  crossLanguageShare: 0.3,
  minRelativeDate: 72,
  minDated: 44,
  minLatest: 91,
  minAttribution: 91,
});

describe('the fifteenth fortnight by name', () => {
  it('is what the eval tools load by the name fortnight15', () => {
    expect(loadEvalSetByName('fortnight15').name).toBe(loadFortnightSet(fifteenthFortnightFixturesDir).name);
  });
});
