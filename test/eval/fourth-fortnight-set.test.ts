import { describe, expect, it } from 'vitest';
import { loadEvalSetByName } from '../../eval/load-eval-set-by-name.js';
import { fourthFortnightFixturesDir, loadFortnightSet } from '../../eval/load-fortnight-set.js';
import { describeFortnightSet } from '../helpers/describe-fortnight-set.js';

// The fourth held-out fortnight (15-28 March 2026, the end of Ramadan and Eid al-Fitr): the shape its
// brief asks for (about 70 dispatches, about 240 questions, a quarter unanswerable, a tenth across
// languages), read through the same loader as the other three, and stored whole by the real ingest.
describeFortnightSet({
  title: 'the fourth fortnight eval set',
  dir: fourthFortnightFixturesDir,
  days: ['2026-03-14', '2026-03-28'],
  minDispatches: 65,
  minStories: 28,
  minBilingualStories: 24,
  minOneLanguageStories: 3,
  minUpdates: 4,
  minQuestions: 230,
  minQuestionsPerSplit: 100,
  unanswerableShare: 0.25,
  crossLanguageShare: 0.1,
  minRelativeDate: 24,
  minDated: 10,
  minLatest: 15,
  minAttribution: 25,
});

describe('the fourth fortnight eval set, by name', () => {
  it('is what the eval tools load by the name fortnight4', () => {
    expect(loadEvalSetByName('fortnight4').name).toBe(loadFortnightSet(fourthFortnightFixturesDir).name);
  });
});
