import { twentySecondFortnightFixturesDir } from '../../eval/load-fortnight-set.js';
import { describeFortnightSet } from '../helpers/describe-fortnight-set.js';

// The twenty-second held-out fortnight (22 November - 5 December 2026), written blind: the shape its brief asks for
// (about 72 dispatches and 30 stories, 610 questions, about 32 percent unanswerable near misses, 35 to 38 percent
// across languages), held to the figures it has (72 dispatches, 610 questions, 157 latest, 203 attribution, 103 dated,
// 127 relative-date), read through the same loader as the other twenty-one, and stored whole by the real ingest.
// Written unwired: it is in no eval tool yet; the lead wires it in (and adds the "by name" block) when it decides to.
describeFortnightSet({
  title: 'the twenty-second fortnight eval set',
  dir: twentySecondFortnightFixturesDir,
  days: ['2026-11-22', '2026-12-05'],
  minDispatches: 72,
  minQuestions: 610,
  minQuestionsPerSplit: 305,
  unanswerableShare: 0.32,
  crossLanguageShare: 0.35,
  minStories: 30,
  minBilingualStories: 25,
  minOneLanguageStories: 5,
  minUpdates: 10,
  minRelativeDate: 127,
  minDated: 103,
  minLatest: 157,
  minAttribution: 203,
});
