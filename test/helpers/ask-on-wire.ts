import { join } from 'node:path';
import pino from 'pino';
import { answerQuestion } from '../../src/answer/answer-question.js';
import type { AnswerResult } from '../../src/answer/answer-types.js';
import type { Llm } from '../../src/answer/llm.js';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { openStores } from '../../src/store/open-stores.js';

/** Ingests `wire` into a fresh SQLite store in `dir` and answers `question` there (offline unless `llm`). */
export async function askOnWire(dir: string, wire: string, question: string, now: Date, llm: Llm | null = null): Promise<AnswerResult> {
  const stores = openStores(join(dir, 'store.db'));
  try {
    await ingestWireBytes(stores.dispatches, { source: 'wire', bytes: Buffer.from(wire) }, now);
    return await answerQuestion({ store: stores.dispatches, llm, logger: pino({ level: 'silent' }) }, question, { now });
  } finally {
    stores.close();
  }
}

/** One wire source and the time it was ingested: a story's versions filed minutes apart. */
export interface FiledWire {
  date: string;
  text: string;
}

/** Ingests each of `filed` at its own time into a fresh SQLite store in `dir` and answers `question` there offline. */
export async function askOnFiledWires(dir: string, filed: readonly FiledWire[], question: string, now: Date): Promise<AnswerResult> {
  const stores = openStores(join(dir, 'store.db'));
  try {
    for (const [i, { date, text }] of filed.entries()) await ingestWireBytes(stores.dispatches, { source: `wire-${i}`, bytes: Buffer.from(text) }, new Date(date));
    return await answerQuestion({ store: stores.dispatches, llm: null, logger: pino({ level: 'silent' }) }, question, { now });
  } finally {
    stores.close();
  }
}
