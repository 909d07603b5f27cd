import { twentySixthFortnightFixturesDir } from '../../eval/load-fortnight-set.js';
import { describeFortnightSet } from '../helpers/describe-fortnight-set.js';

// The twenty-sixth held-out fortnight (17 - 30 January 2027, read as 2027 by `wireYearOf`), written blind: the shape
// its brief asks for (72 dispatches and 30 stories, 610 questions, about 32 percent unanswerable near misses, 36
// percent across languages, kind floors at or above the twenty-fifth's), held to the figures it has (72 dispatches,
// 610 questions, 185 latest, 360 attribution, 106 dated, 130 relative-date), read through the same loader as the
// other twenty-five, and stored whole by the real ingest. Written unwired: the lead wires it into the eval tools as
// `fortnight26` (and adds its by-name check) afterwards.
describeFortnightSet({
  title: 'the twenty-sixth fortnight eval set',
  dir: twentySixthFortnightFixturesDir,
  days: ['2027-01-17', '2027-01-30'],
  minDispatches: 72,
  minQuestions: 610,
  minQuestionsPerSplit: 305,
  unanswerableShare: 0.32,
  crossLanguageShare: 0.36,
  minStories: 30,
  minBilingualStories: 25,
  minOneLanguageStories: 5,
  minUpdates: 10,
  minRelativeDate: 130,
  minDated: 106,
  minLatest: 185,
  minAttribution: 360,
});
