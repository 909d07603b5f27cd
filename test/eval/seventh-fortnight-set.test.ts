import { describe, expect, it } from 'vitest';
import { loadEvalSetByName } from '../../eval/load-eval-set-by-name.js';
import { loadFortnightSet, seventhFortnightFixturesDir } from '../../eval/load-fortnight-set.js';
import { describeFortnightSet } from '../helpers/describe-fortnight-set.js';

// The seventh held-out fortnight (26 April - 9 May 2026): the shape its brief asks for (about 70
// dispatches and 30 stories, about 340 questions, about a third unanswerable near misses, about a
// quarter across languages), read through the same loader as the other six, and stored whole by the
// real ingest; wired into the eval tools (`fortnight7`) after the ninth session's first round.
describeFortnightSet({
  title: 'the seventh fortnight eval set',
  dir: seventhFortnightFixturesDir,
  days: ['2026-04-26', '2026-05-09'],
  minDispatches: 70,
  minStories: 30,
  minBilingualStories: 26,
  minOneLanguageStories: 4,
  minUpdates: 9,
  minQuestions: 340,
  minQuestionsPerSplit: 170,
  unanswerableShare: 0.3,
  crossLanguageShare: 0.25,
  minRelativeDate: 40,
  minDated: 14,
  minLatest: 50,
  minAttribution: 34,
});

describe('the seventh fortnight by name', () => {
  it('is what the eval tools load by the name fortnight7', () => {
    expect(loadEvalSetByName('fortnight7').name).toBe(loadFortnightSet(seventhFortnightFixturesDir).name);
  });
});
