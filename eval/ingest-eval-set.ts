import { readFileSync } from 'node:fs';
import { normaliseForQuote } from '../src/answer/verify-citations.js';
import { ingestWireBytes } from '../src/ingest/ingest-wire-bytes.js';
import type { DispatchStore } from '../src/store/dispatch-store.js';
import type { EvalQuestion, EvalSet } from './load-eval-set.js';

export interface IngestedSet {
  /** `file#index` ref → dispatch id, for every dispatch stored */
  ids: Map<string, string>;
  /** `source: reason` of every rejection (a lenient set only; a strict one throws) */
  rejected: string[];
}

/**
 * Ingests the eval set through the real pipeline, each source at its arrival time, and maps each
 * `file#index` ref to its dispatch id. In a strict set any rejection is an error (the figures would
 * not mean what they say); in a lenient one it is counted, and the dispatch scores as missing.
 */
export async function ingestEvalSet(store: DispatchStore, set: Pick<EvalSet, 'sources' | 'now' | 'strict'>): Promise<IngestedSet> {
  const ids = new Map<string, string>();
  const rejected: string[] = [];
  for (const source of set.sources) {
    const report = await ingestWireBytes(store, { source: source.name, bytes: readFileSync(source.path) }, source.receivedAt ?? set.now);
    rejected.push(...report.rejected.map((r) => `${r.source}: ${r.reason}`));
    for (const dispatch of report.dispatches) ids.set(`${source.name}#${dispatch.sourceIndex}`, dispatch.id);
  }
  if (set.strict && rejected.length > 0) throw new Error(`eval dispatch rejected: ${rejected.join('; ')}`);
  return { ids, rejected };
}

/** The id an expected dispatch that was not stored stands for: answerable, never retrievable. */
export const missingId = (ref: string) => `missing:${ref}`;

/**
 * Checks the labels against the stored text: every expected ref was ingested (strict) and every
 * scripted quote occurs in one of the question's expected dispatches (when all of them are stored).
 * Returns each question's expected ids.
 */
export async function resolveExpected(store: DispatchStore, questions: readonly EvalQuestion[], ingested: IngestedSet, strict: boolean): Promise<Map<string, string[]>> {
  const resolved = new Map<string, string[]>();
  for (const question of questions) {
    const expected = question.expected.map((ref) => {
      const id = ingested.ids.get(ref);
      if (!id && strict) throw new Error(`question ${question.id}: ${ref} was not ingested`);
      return id ?? missingId(ref);
    });
    const stored = expected.filter((id) => !id.startsWith('missing:'));
    if (question.quote && stored.length === expected.length) {
      const texts = (await store.getDispatches(stored)).flatMap((d) => d.paragraphs).map(normaliseForQuote);
      if (!texts.some((text) => text.includes(normaliseForQuote(question.quote as string)))) {
        throw new Error(`question ${question.id}: its quote is not in any expected dispatch`);
      }
    }
    resolved.set(question.id, expected);
  }
  return resolved;
}
