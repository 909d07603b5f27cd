import { questionKinds } from './load-eval-set.js';
import type { QuestionScore } from './score-question.js';

/** The figures for one group of questions; null where the group has no question it applies to. */
export interface ScoreSummary {
  questions: number;
  recall_at_5: number | null;
  mrr: number | null;
  answered_with_citation: number | null;
  /** answered citing the passage that holds the labelled words (questions with a labelled quote) */
  quote_cited: number | null;
  unanswerable_declined: number | null;
  speaker_named: number | null;
  leaks: number;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : round(values.reduce((a, b) => a + b, 0) / values.length);
}

/** Averages scores over a group of questions. Pure. */
export function summariseScores(scores: readonly QuestionScore[]): ScoreSummary {
  const answerable = scores.filter((s) => s.answerable);
  const attributed = scores.filter((s) => s.speakerNamed !== null);
  return {
    questions: scores.length,
    recall_at_5: mean(answerable.map((s) => s.recallAt5)),
    mrr: mean(answerable.map((s) => s.reciprocalRank)),
    answered_with_citation: mean(answerable.map((s) => (s.answeredWithCitation ? 1 : 0))),
    quote_cited: mean(scores.filter((s) => s.citesQuote !== null).map((s) => (s.citesQuote ? 1 : 0))),
    unanswerable_declined: mean(scores.filter((s) => !s.answerable).map((s) => (s.declined ? 1 : 0))),
    speaker_named: mean(attributed.map((s) => (s.speakerNamed ? 1 : 0))),
    leaks: scores.filter((s) => s.leaked).length,
  };
}

/** Overall, by language and by kind of question (a question counts in each of its kinds). */
export function summariseByKind(scores: readonly QuestionScore[], langs: ReadonlyMap<string, string>): Record<string, ScoreSummary> {
  const groups: Record<string, ScoreSummary> = { overall: summariseScores(scores) };
  for (const lang of ['en', 'ar']) groups[`lang:${lang}`] = summariseScores(scores.filter((s) => langs.get(s.id) === lang));
  for (const kind of questionKinds) {
    const inKind = scores.filter((s) => s.kinds.includes(kind));
    if (inKind.length > 0) groups[kind] = summariseScores(inKind);
  }
  return groups;
}
