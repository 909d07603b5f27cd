import pino from 'pino';
import { answerQuestion } from '../src/answer/answer-question.js';
import type { Llm } from '../src/answer/llm.js';
import { retrievePassages } from '../src/answer/retrieve-passages.js';
import { loadBilingualDictionary } from '../src/search/load-bilingual-dictionary.js';
import type { DispatchStore } from '../src/store/dispatch-store.js';
import type { IngestedSet } from './ingest-eval-set.js';
import type { EvalQuestion, EvalSet } from './load-eval-set.js';
import { type BCubed, scoreBCubed } from './score-b-cubed.js';
import { type QuestionScore, scoreQuestion } from './score-question.js';
import { openEvalRun, rankedDispatchIds } from './open-eval-run.js';
import { scriptedRewrite } from './scripted-llm.js';
import { type ScoreSummary, summariseByKind } from './summarise-scores.js';

export type EvalMode = 'offline' | 'fake_llm';

export interface SplitReport {
  questions: number;
  /** `misses`: the ids of dev's misses; the held-out `test` split gives only their count, so nobody tunes on them */
  modes: Record<EvalMode, { summary: Record<string, ScoreSummary>; misses: string[]; missCount: number }>;
}

export interface EvalReport {
  set: string;
  dispatches: number;
  /** dispatches of the set the parser refused (`source: reason`) */
  rejected: string[];
  questions: number;
  /** `all` for a set without a split, else `dev` and `test` */
  splits: Record<string, SplitReport>;
  /** story grouping against the labelled stories, per split; null when the set has no story labels */
  grouping: Record<string, BCubed> | null;
}

const logger = pino({ level: 'silent' });
const dictionary = loadBilingualDictionary(logger);

async function runMode(store: DispatchStore, set: EvalSet, expected: Map<string, string[]>, llm: Llm | null): Promise<QuestionScore[]> {
  const scores: QuestionScore[] = [];
  for (const question of set.questions) scores.push(await scoreOne(store, set, expected, llm, question));
  return scores;
}

/** One question asked as the eval asks it (offline when `llm` is null) and scored. */
export async function scoreOne(store: DispatchStore, set: EvalSet, expected: ReadonlyMap<string, string[]>, llm: Llm | null, question: EvalQuestion): Promise<QuestionScore> {
  const now = question.now ? new Date(question.now) : set.now;
  const extra = llm ? scriptedRewrite(question.question, set.glossary) : [];
  const options = { now, timeZone: question.timeZone ?? 'Asia/Kuwait' };
  const ranked = rankedDispatchIds(await retrievePassages(store, question.question, now, { extraTerms: extra, timeZone: options.timeZone, dictionary }));
  const result = await answerQuestion({ store, llm, logger, dictionary }, question.question, options);
  return scoreQuestion(question, expected.get(question.id) ?? [], ranked, result);
}

/** The held-out split: its figures are printed, the ids of its misses are not. */
export const HELD_OUT = 'test';

/** Misses worth reading: answerable but not answered with a right citation, or unanswerable but answered. */
function missesOf(scores: readonly QuestionScore[]): string[] {
  return scores.filter(isMiss).map((s) => s.id);
}

/** A miss: answerable but not answered with a right citation, or unanswerable but answered, or leaking. */
export const isMiss = (s: QuestionScore): boolean => (s.answerable ? !s.answeredWithCitation : !s.declined) || s.leaked;

function splitReports(questions: readonly EvalQuestion[], offline: QuestionScore[], withLlm: QuestionScore[]): Record<string, SplitReport> {
  const langs = new Map(questions.map((q) => [q.id, q.lang]));
  const splitOf = new Map(questions.map((q) => [q.id, q.split]));
  const splits = [...new Set(questions.map((q) => q.split))].sort();
  const pick = (scores: QuestionScore[], split: string) => scores.filter((s) => splitOf.get(s.id) === split);
  const mode = (scores: QuestionScore[], split: string) => {
    const misses = missesOf(pick(scores, split));
    return { summary: summariseByKind(pick(scores, split), langs), misses: split === HELD_OUT ? [] : misses, missCount: misses.length };
  };
  return Object.fromEntries(
    splits.map((split) => [
      split,
      {
        questions: questions.filter((q) => q.split === split).length,
        modes: {
          offline: mode(offline, split),
          fake_llm: mode(withLlm, split),
        },
      },
    ]),
  );
}

/** B-cubed of the stored story ids against the labels, per split; a dispatch not stored is a story of its own. */
export async function groupingScores(store: DispatchStore, set: EvalSet, ingested: IngestedSet): Promise<Record<string, BCubed> | null> {
  if (!set.stories) return null;
  const { storyOf, splitOf } = set.stories;
  const refs = [...storyOf.keys()];
  const stored = await store.getDispatches(refs.flatMap((ref) => ingested.ids.get(ref) ?? []));
  const storyById = new Map(stored.map((d) => [d.id, d.storyId]));
  const predicted = new Map(refs.map((ref) => [ref, storyById.get(ingested.ids.get(ref) ?? '') ?? `unstored:${ref}`]));
  const splits = [...new Set(splitOf.values())].sort();
  return Object.fromEntries(
    splits.map((split) => [split, scoreBCubed(storyOf, predicted, refs.filter((ref) => splitOf.get(storyOf.get(ref) as string) === split))]),
  );
}

/**
 * Ingests the set into a temporary store and answers every question offline and with the scripted
 * fake model (an OpenAI-compatible server on 127.0.0.1, reached through the real client); scores
 * each split apart, and the story grouping when the set labels stories.
 */
export async function runEvalSet(set: EvalSet): Promise<EvalReport> {
  const run = await openEvalRun(set, 'wirebrief-eval', logger);
  try {
    const { stores, ingested, expected, llm } = run;
    const offline = await runMode(stores.dispatches, set, expected, null);
    const withLlm = await runMode(stores.dispatches, set, expected, llm);
    return {
      set: set.name,
      dispatches: new Set(ingested.ids.values()).size,
      rejected: ingested.rejected,
      questions: set.questions.length,
      splits: splitReports(set.questions, offline, withLlm),
      grouping: await groupingScores(stores.dispatches, set, ingested),
    };
  } finally {
    await run.close();
  }
}
