import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { answerQuestion } from '../src/answer/answer-question.js';
import { createOpenAiLlm } from '../src/answer/create-openai-llm.js';
import type { Llm } from '../src/answer/llm.js';
import { retrievePassages } from '../src/answer/retrieve-passages.js';
import type { DispatchStore } from '../src/store/dispatch-store.js';
import { openStores } from '../src/store/open-stores.js';
import { startFakeOpenAiServer } from '../test/helpers/fake-openai-server.js';
import { ingestEvalSet, resolveExpected } from './ingest-eval-set.js';
import type { EvalSet } from './load-eval-set.js';
import { type QuestionScore, scoreQuestion } from './score-question.js';
import { scriptedReply, scriptedRewrite } from './scripted-llm.js';
import { type ScoreSummary, summariseByKind } from './summarise-scores.js';

export type EvalMode = 'offline' | 'fake_llm';

export interface EvalReport {
  dispatches: number;
  questions: number;
  modes: Record<EvalMode, { summary: Record<string, ScoreSummary>; misses: string[] }>;
}

const logger = pino({ level: 'silent' });

/** Dispatch ids in the order retrieval offers them: passages judged relevant first, then the rest. */
async function rankedDispatches(store: DispatchStore, question: string, now: Date, extra: string[]): Promise<string[]> {
  const { relevant, nearby } = await retrievePassages(store, question, now, extra);
  return [...new Set([...relevant, ...nearby].map((hit) => hit.dispatchId))];
}

async function runMode(store: DispatchStore, set: EvalSet, expected: Map<string, string[]>, llm: Llm | null): Promise<QuestionScore[]> {
  const scores: QuestionScore[] = [];
  for (const question of set.questions) {
    const extra = llm ? scriptedRewrite(question.question, set.glossary) : [];
    const ranked = await rankedDispatches(store, question.question, set.now, extra);
    const result = await answerQuestion({ store, llm, logger }, question.question, { now: set.now });
    scores.push(scoreQuestion(question, expected.get(question.id) ?? [], ranked, result));
  }
  return scores;
}

/** Misses worth reading: answerable but not answered with a right citation, or unanswerable but answered. */
function missesOf(scores: readonly QuestionScore[]): string[] {
  return scores.filter((s) => (s.answerable ? !s.answeredWithCitation : !s.declined) || s.leaked).map((s) => s.id);
}

/**
 * Ingests the set into a temporary store and answers every question offline and with the scripted
 * fake model (an OpenAI-compatible server on 127.0.0.1, reached through the real client).
 */
export async function runEvalSet(set: EvalSet): Promise<EvalReport> {
  const dir = mkdtempSync(join(tmpdir(), 'wirebrief-eval-'));
  const stores = openStores(join(dir, 'eval.db'));
  const byText = new Map(set.questions.map((q) => [q.question, q]));
  const server = await startFakeOpenAiServer((request) => scriptedReply(request, byText, set.glossary));
  try {
    const ids = await ingestEvalSet(stores.dispatches, set.sources, set.now);
    const expected = await resolveExpected(stores.dispatches, set.questions, ids);
    const llm = createOpenAiLlm({ apiKey: 'eval', baseURL: server.baseURL, model: 'scripted', timeoutMs: 10_000, maxRetries: 0, logger });
    const langs = new Map(set.questions.map((q) => [q.id, q.lang]));
    const offline = await runMode(stores.dispatches, set, expected, null);
    const withLlm = await runMode(stores.dispatches, set, expected, llm);
    return {
      dispatches: new Set(ids.values()).size,
      questions: set.questions.length,
      modes: {
        offline: { summary: summariseByKind(offline, langs), misses: missesOf(offline) },
        fake_llm: { summary: summariseByKind(withLlm, langs), misses: missesOf(withLlm) },
      },
    };
  } finally {
    await server.close();
    stores.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
