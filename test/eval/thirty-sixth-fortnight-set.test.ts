import { describe, expect, it } from 'vitest';
import { loadEvalSetByName } from '../../eval/load-eval-set-by-name.js';
import { loadFortnightSet, thirtySixthFortnightFixturesDir } from '../../eval/load-fortnight-set.js';
import { describeFortnightSet } from '../helpers/describe-fortnight-set.js';
import { describeWireYear } from '../helpers/describe-wire-year.js';

// The thirty-sixth held-out fortnight (6 - 19 June 2027, straight after the thirty-fifth; London on summer time and New
// York on daylight time throughout; 1 to 14 Muharram 1449, the Hijri new year falling on the window's first day and
// Ashura on 15 June, neither named in any dispatch; its June files read as 2027 by `wireYearOf`), written blind: the
// shape its brief asks for (72 dispatches and 30 stories, 610 questions, 32 to 33 percent unanswerable near misses, 37 to
// 40 percent across languages, kind floors at or above the thirty-fifth's), held to the figures it has (610 questions,
// 197 unanswerable, 234 cross-language, 206 latest, 413 attribution, 170 dated, 200 relative-date), read
// through the same loader as the other thirty-five, and stored whole by the real ingest. Written unwired; wired into the
// eval tools (`fortnight36`) as soon as it was committed, before any change to answering of the thirty-ninth session
// merged, and kept out of every decision of that session (UNSEEN in eval/unseen-sets.ts).
describeFortnightSet({
  title: 'the thirty-sixth fortnight eval set',
  dir: thirtySixthFortnightFixturesDir,
  days: ['2027-06-06', '2027-06-19'],
  minDispatches: 72,
  minQuestions: 610,
  minQuestionsPerSplit: 305,
  unanswerableShare: 0.322,
  crossLanguageShare: 0.383,
  minStories: 30,
  minBilingualStories: 25,
  minOneLanguageStories: 5,
  minUpdates: 10,
  minRelativeDate: 200,
  minDated: 170,
  minLatest: 206,
  minAttribution: 413,
});

describeWireYear({
  ordinal: 'thirty-sixth',
  dir: thirtySixthFortnightFixturesDir,
  months: 'June',
  prefixes: ['06'],
  first: '2027-06-06T07:00:00.000Z',
  last: '2027-06-19T08:30:00.000Z',
});

describe('the thirty-sixth fortnight by name', () => {
  it('is what the eval tools load by the name fortnight36', () => {
    expect(loadEvalSetByName('fortnight36').name).toBe(loadFortnightSet(thirtySixthFortnightFixturesDir).name);
  });
});
