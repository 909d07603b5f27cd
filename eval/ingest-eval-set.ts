import { readFileSync } from 'node:fs';
import { normaliseForQuote } from '../src/answer/verify-citations.js';
import { ingestWireBytes } from '../src/ingest/ingest-wire-bytes.js';
import type { DispatchStore } from '../src/store/dispatch-store.js';
import type { EvalQuestion, EvalSource } from './load-eval-set.js';

/**
 * Ingests the eval set through the real pipeline and maps each `file#index` ref to its dispatch id.
 * Any rejected dispatch is an error: the figures would not mean what they say.
 */
export async function ingestEvalSet(store: DispatchStore, sources: readonly EvalSource[], now: Date): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const source of sources) {
    const report = await ingestWireBytes(store, { source: source.name, bytes: readFileSync(source.path) }, now);
    if (report.rejected.length > 0) throw new Error(`eval dispatch rejected: ${report.rejected.map((r) => `${r.source}: ${r.reason}`).join('; ')}`);
    for (const dispatch of report.dispatches) ids.set(`${source.name}#${dispatch.sourceIndex}`, dispatch.id);
  }
  return ids;
}

/**
 * Checks the labels against the stored text: every expected ref was ingested and every scripted
 * quote occurs in one of the question's expected dispatches. Returns each question's expected ids.
 */
export async function resolveExpected(store: DispatchStore, questions: readonly EvalQuestion[], ids: ReadonlyMap<string, string>): Promise<Map<string, string[]>> {
  const resolved = new Map<string, string[]>();
  for (const question of questions) {
    const expected = question.expected.map((ref) => {
      const id = ids.get(ref);
      if (!id) throw new Error(`question ${question.id}: ${ref} was not ingested`);
      return id;
    });
    if (question.quote) {
      const texts = (await store.getDispatches(expected)).flatMap((d) => d.paragraphs).map(normaliseForQuote);
      if (!texts.some((text) => text.includes(normaliseForQuote(question.quote as string)))) {
        throw new Error(`question ${question.id}: its quote is not in any expected dispatch`);
      }
    }
    resolved.set(question.id, expected);
  }
  return resolved;
}
