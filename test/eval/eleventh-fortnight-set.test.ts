import { describe, expect, it } from 'vitest';
import { loadEvalSetByName } from '../../eval/load-eval-set-by-name.js';
import { eleventhFortnightFixturesDir, loadFortnightSet } from '../../eval/load-fortnight-set.js';
import { describeFortnightSet } from '../helpers/describe-fortnight-set.js';

// The eleventh held-out fortnight (21 June - 4 July 2026), written blind: the shape its brief asks for
// (about 72 dispatches and 30 stories, at least 480 questions, about 30 percent unanswerable near misses,
// a quarter to 30 percent across languages), held to the figures it has (550 questions), read through the
// same loader as the other ten, and stored whole by the real ingest. Written unwired; wired into the eval
// tools (`fortnight11`) as soon as it was committed, before any branch of the thirteenth session merged.
describeFortnightSet({
  title: 'the eleventh fortnight eval set',
  dir: eleventhFortnightFixturesDir,
  days: ['2026-06-21', '2026-07-04'],
  minDispatches: 72,
  minStories: 30,
  minBilingualStories: 26,
  minOneLanguageStories: 4,
  minUpdates: 9,
  minQuestions: 550,
  minQuestionsPerSplit: 272,
  unanswerableShare: 0.3,
  crossLanguageShare: 0.25,
  minRelativeDate: 54,
  minDated: 20,
  minLatest: 62,
  minAttribution: 63,
});

describe('the eleventh fortnight by name', () => {
  it('is what the eval tools load by the name fortnight11', () => {
    expect(loadEvalSetByName('fortnight11').name).toBe(loadFortnightSet(eleventhFortnightFixturesDir).name);
  });
});
