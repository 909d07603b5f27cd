import { sixteenthFortnightFixturesDir } from '../../eval/load-fortnight-set.js';
import { describeFortnightSet } from '../helpers/describe-fortnight-set.js';

// The sixteenth held-out fortnight (30 August - 12 September 2026), written blind: the shape its brief asks
// for (about 72 dispatches and 30 stories, about 610 questions, about 30 percent unanswerable near misses,
// about 30 percent across languages), held to the figures it has (610 questions), read through the same
// loader as the other fifteen, and stored whole by the real ingest. Written unwired: it is in no eval tool,
// and the lead adds the "by name" block when wiring it in.
describeFortnightSet({
  title: 'the sixteenth fortnight eval set',
  dir: sixteenthFortnightFixturesDir,
  days: ['2026-08-30', '2026-09-12'],
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
