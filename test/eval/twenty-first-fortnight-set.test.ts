import { twentyFirstFortnightFixturesDir } from '../../eval/load-fortnight-set.js';
import { describeFortnightSet } from '../helpers/describe-fortnight-set.js';

// The twenty-first held-out fortnight (8 - 21 November 2026), written blind: the shape its brief asks for (about 72
// dispatches and 30 stories, 610 questions, about 32 percent unanswerable near misses, 35 to 38 percent across
// languages), held to the figures it has (72 dispatches, 610 questions, 173 latest, 150 attribution, 95 dated, 125
// relative-date), read through the same loader as the other twenty, and stored whole by the real ingest. Written
// unwired: the lead adds the "by name" block when wiring it into the eval tools (`fortnight21`).
describeFortnightSet({
  title: 'the twenty-first fortnight eval set',
  dir: twentyFirstFortnightFixturesDir,
  days: ['2026-11-08', '2026-11-21'],
  minDispatches: 72,
  minQuestions: 610,
  minQuestionsPerSplit: 305,
  unanswerableShare: 0.32,
  crossLanguageShare: 0.35,
  minStories: 30,
  minBilingualStories: 25,
  minOneLanguageStories: 5,
  minUpdates: 10,
  minRelativeDate: 125,
  minDated: 95,
  minLatest: 173,
  minAttribution: 150,
});
