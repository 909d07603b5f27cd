import { twelfthFortnightFixturesDir } from '../../eval/load-fortnight-set.js';
import { describeFortnightSet } from '../helpers/describe-fortnight-set.js';

// The twelfth held-out fortnight (5 - 18 July 2026), written blind: the shape its brief asks for (about 72
// dispatches and 30 stories, about 500-550 questions, about 30 percent unanswerable near misses, 25 to 30
// percent across languages), held to the figures it has (568 questions), read through the same loader as
// the other eleven, and stored whole by the real ingest. Written unwired: no eval tool loads it by name
// until the lead wires it in.
describeFortnightSet({
  title: 'the twelfth fortnight eval set',
  dir: twelfthFortnightFixturesDir,
  days: ['2026-07-05', '2026-07-18'],
  minDispatches: 72,
  minStories: 30,
  minBilingualStories: 26,
  minOneLanguageStories: 4,
  minUpdates: 9,
  minQuestions: 568,
  minQuestionsPerSplit: 283,
  unanswerableShare: 0.3,
  crossLanguageShare: 0.28,
  minRelativeDate: 62,
  minDated: 30,
  minLatest: 58,
  minAttribution: 67,
});
