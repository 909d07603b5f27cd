import { describe, expect, it } from 'vitest';
import { loadEvalSetByName } from '../../eval/load-eval-set-by-name.js';
import { loadFortnightSet, thirtiethFortnightFixturesDir } from '../../eval/load-fortnight-set.js';
import { describeFortnightSet } from '../helpers/describe-fortnight-set.js';
import { describeWireYear } from '../helpers/describe-wire-year.js';

// The thirtieth held-out fortnight (14 - 27 March 2027, after the Eid al-Fitr holiday; New York moves to summer time
// on its first day; read as 2027 by `wireYearOf`), written blind: the shape its brief asks for (72 dispatches and 30
// stories, 610 questions, about 32 percent unanswerable near misses, 36 percent across languages, kind floors at or
// above the twenty-ninth's), held to the figures it has (72 dispatches, 610 questions, 197 unanswerable, 241
// cross-language, 187 latest, 413 attribution, 106 dated, 133 relative-date), read through the same loader as the
// other twenty-nine, and stored whole by the real ingest. Written unwired; wired into the eval tools
// (`fortnight30`) as soon as it was committed, before any change to answering of the thirty-third session merged, and
// kept out of every decision of that session (UNSEEN in eval/unseen-sets.ts); its dev split is tuning material from the
// thirty-fourth.
describeFortnightSet({
  title: 'the thirtieth fortnight eval set',
  dir: thirtiethFortnightFixturesDir,
  days: ['2027-03-14', '2027-03-27'],
  minDispatches: 72,
  minQuestions: 610,
  minQuestionsPerSplit: 305,
  unanswerableShare: 0.32,
  crossLanguageShare: 0.36,
  minStories: 30,
  minBilingualStories: 25,
  minOneLanguageStories: 5,
  minUpdates: 10,
  minRelativeDate: 133,
  minDated: 106,
  minLatest: 187,
  minAttribution: 413,
});

describeWireYear({ ordinal: 'thirtieth', dir: thirtiethFortnightFixturesDir, months: 'March', prefixes: ['03'], first: '2027-03-14T07:00:00.000Z', last: '2027-03-27T12:00:00.000Z' });

describe('the thirtieth fortnight by name', () => {
  it('is what the eval tools load by the name fortnight30', () => {
    expect(loadEvalSetByName('fortnight30').name).toBe(loadFortnightSet(thirtiethFortnightFixturesDir).name);
  });
});
