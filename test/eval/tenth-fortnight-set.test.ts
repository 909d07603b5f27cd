import { describe, expect, it } from 'vitest';
import { loadEvalSetByName } from '../../eval/load-eval-set-by-name.js';
import { loadFortnightSet, tenthFortnightFixturesDir } from '../../eval/load-fortnight-set.js';
import { describeFortnightSet } from '../helpers/describe-fortnight-set.js';

// The tenth held-out fortnight (7 - 20 June 2026), written blind: the shape its brief asks for (about 72
// dispatches and 30 stories, at least 430 questions, about 30 percent unanswerable near misses, about a
// quarter across languages), held to the figures it has (486 questions), read through the same loader as
// the other nine, and stored whole by the real ingest; written unwired; wired into the eval tools
// (`fortnight10`) as soon as it was committed, before any branch of the twelfth session merged.
describeFortnightSet({
  title: 'the tenth fortnight eval set',
  dir: tenthFortnightFixturesDir,
  days: ['2026-06-07', '2026-06-20'],
  minDispatches: 72,
  minStories: 30,
  minBilingualStories: 26,
  minOneLanguageStories: 4,
  minUpdates: 9,
  minQuestions: 486,
  minQuestionsPerSplit: 242,
  unanswerableShare: 0.3,
  crossLanguageShare: 0.25,
  minRelativeDate: 51,
  minDated: 20,
  minLatest: 61,
  minAttribution: 41,
});

describe('the tenth fortnight by name', () => {
  it('is what the eval tools load by the name fortnight10', () => {
    expect(loadEvalSetByName('fortnight10').name).toBe(loadFortnightSet(tenthFortnightFixturesDir).name);
  });
});
