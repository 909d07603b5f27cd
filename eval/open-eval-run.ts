import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { createOpenAiLlm } from '../src/answer/create-openai-llm.js';
import type { Llm } from '../src/answer/llm.js';
import type { Retrieval } from '../src/answer/retrieve-passages.js';
import type { Stores } from '../src/store/open-stores.js';
import { openStores } from '../src/store/open-stores.js';
import { startFakeOpenAiServer } from '../test/helpers/fake-openai-server.js';
import { type IngestedSet, ingestEvalSet, resolveExpected } from './ingest-eval-set.js';
import type { EvalSet } from './load-eval-set.js';
import { scriptedReply } from './scripted-llm.js';

/** A labelled set ingested into a temporary SQLite store, with its expected dispatch ids resolved. */
export interface EvalRun {
  stores: Stores;
  ingested: IngestedSet;
  /** question id → the stored ids of its expected dispatches */
  expected: Map<string, string[]>;
  /** the real OpenAI client against the scripted fake endpoint on 127.0.0.1 */
  llm: Llm;
  close(): Promise<void>;
}

/**
 * What every eval tool starts with: a temporary store (`prefix` names its folder), the set ingested,
 * the expected dispatches resolved, and the scripted fake model started. `close` stops the server
 * and removes the store.
 */
export async function openEvalRun(set: EvalSet, prefix: string, logger: Logger): Promise<EvalRun> {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  const stores = openStores(join(dir, 'eval.db'));
  const byText = new Map(set.questions.map((q) => [q.question, q]));
  const server = await startFakeOpenAiServer((request) => scriptedReply(request, byText, set.glossary));
  const close = async () => {
    await server.close();
    await stores.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const ingested = await ingestEvalSet(stores.dispatches, set);
    const expected = await resolveExpected(stores.dispatches, set.questions, ingested, set.strict);
    const llm = createOpenAiLlm({ apiKey: 'eval', baseURL: server.baseURL, model: 'scripted', timeoutMs: 10_000, maxRetries: 0, logger });
    return { stores, ingested, expected, llm, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Dispatch ids in the order retrieval offers them: passages judged relevant first, then the rest. */
export function rankedDispatchIds({ relevant, nearby }: Pick<Retrieval, 'relevant' | 'nearby'>): string[] {
  return [...new Set([...relevant, ...nearby].map((hit) => hit.dispatchId))];
}
