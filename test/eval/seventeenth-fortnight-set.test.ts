import { seventeenthFortnightFixturesDir } from '../../eval/load-fortnight-set.js';
import { describeFortnightSet } from '../helpers/describe-fortnight-set.js';

// The seventeenth held-out fortnight (13 - 26 September 2026), written blind: the shape its brief asks for
// (about 72 dispatches and 30 stories, 610 questions, about 30 percent unanswerable near misses, about 30
// percent across languages), held to the figures it has (610 questions), read through the same loader as the
// other sixteen, and stored whole by the real ingest. Written unwired: no eval tool loads it by name yet (the
// lead adds the "by name" block when wiring it in).
describeFortnightSet({
  title: 'the seventeenth fortnight eval set',
  dir: seventeenthFortnightFixturesDir,
  days: ['2026-09-13', '2026-09-26'],
  minDispatches: 72,
  minStories: 30,
  minBilingualStories: 26,
  minOneLanguageStories: 4,
  minUpdates: 9,
  minQuestions: 610,
  minQuestionsPerSplit: 305,
  unanswerableShare: 0.3,
  crossLanguageShare: 0.3,
  minRelativeDate: 84,
  minDated: 60,
  minLatest: 97,
  minAttribution: 99,
});
