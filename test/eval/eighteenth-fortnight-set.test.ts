import { eighteenthFortnightFixturesDir } from '../../eval/load-fortnight-set.js';
import { describeFortnightSet } from '../helpers/describe-fortnight-set.js';

// The eighteenth held-out fortnight (27 September - 10 October 2026), written blind: the shape its brief asks
// for (about 72 dispatches and 30 stories, 610 questions, about 30 percent unanswerable near misses, about 30
// percent across languages), held to the figures it has (610 questions), read through the same loader as the
// other seventeen, and stored whole by the real ingest. Written unwired: it is in no eval tool and has no "by
// name" block; the lead adds one with the name when it is wired in.
describeFortnightSet({
  title: 'the eighteenth fortnight eval set',
  dir: eighteenthFortnightFixturesDir,
  days: ['2026-09-27', '2026-10-10'],
  minDispatches: 72,
  minStories: 30,
  minBilingualStories: 25,
  minOneLanguageStories: 5,
  minUpdates: 9,
  minQuestions: 610,
  minQuestionsPerSplit: 305,
  unanswerableShare: 0.3,
  crossLanguageShare: 0.3,
  minRelativeDate: 86,
  minDated: 60,
  minLatest: 100,
  minAttribution: 100,
});
