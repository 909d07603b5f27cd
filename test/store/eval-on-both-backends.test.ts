import { describe, expect, it } from 'vitest';
import { ingestEvalSet } from '../../eval/ingest-eval-set.js';
import { type EvalSet, loadEvalSet } from '../../eval/load-eval-set.js';
import { loadFortnightSet } from '../../eval/load-fortnight-set.js';
import { retrievePassages } from '../../src/answer/retrieve-passages.js';
import type { Stores } from '../../src/store/open-stores.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { useStoreBackends } from '../helpers/store-backends.js';

const sets = [loadEvalSet(), loadFortnightSet()];
/** Each set is ingested and its every question retrieved on both backends: about 20 s for the fortnight on a quiet 2-core machine, more beside the rest of the suite. */
const SETS_TIMEOUT_MS = 120_000;

/** Each question's first five passages (dispatch, paragraph, score) and every dispatch's story. */
async function evaluate(stores: Stores, set: EvalSet) {
  await ingestEvalSet(stores.dispatches, set);
  const top5: Record<string, Array<[string, number, number]>> = {};
  for (const question of set.questions) {
    const now = question.now ? new Date(question.now) : set.now;
    const { relevant, nearby } = await retrievePassages(stores.dispatches, question.question, now);
    top5[question.id] = [...relevant, ...nearby].slice(0, 5).map((hit) => [hit.dispatchId, hit.paragraph, hit.score]);
  }
  const stories = (await stores.dispatches.listDispatches({ limit: 100_000 })).map((d) => [d.id, d.storyId]);
  return { top5, stories };
}

const [sqlite, postgres] = useStoreBackends() as [ReturnType<typeof useStoreBackends>[number], ReturnType<typeof useStoreBackends>[number]];

describe.skipIf(!postgres.available)('the eval sets on PostgreSQL', () => {
  it.each(sets.map((set) => [set.name, set] as const))('%s: the same top-5 passages, scores and stories as on SQLite', async (_name, set) => {
    const expected = await evaluate(await sqlite.fresh().open(), set);
    expect(Object.values(expected.top5).flat().length).toBeGreaterThan(set.questions.length);
    expect(await evaluate(await postgres.fresh().open(), set)).toEqual(expected);
  }, SETS_TIMEOUT_MS);

  it('scores alike between writes: phrase counts are not kept past a change to the index', async () => {
    const expected = await interleave(await sqlite.fresh().open());
    expect(expected.flat().length).toBeGreaterThan(10);
    expect(await interleave(await postgres.fresh().open())).toEqual(expected);
  });
});

/** Searches (multiword names among them) between ingests and a correction. */
async function interleave(stores: Stores) {
  const set = sets[0] as EvalSet;
  const queries = ['Shanghai Cooperation Organisation', 'Security Council', 'منظمة شانغهاي للتعاون', 'Putin BRICS'];
  const results: Array<Array<[string, number, number]>> = [];
  const search = async () => {
    for (const q of queries) {
      const hits = await stores.dispatches.searchPassages(expandQuery(q), { limit: 5 });
      results.push(hits.map((hit) => [hit.dispatchId, hit.paragraph, hit.score]));
    }
  };
  const [first, ...rest] = set.sources;
  const firstIds = (await ingestEvalSet(stores.dispatches, { ...set, sources: [first!] })).ids;
  await search();
  const restIds = (await ingestEvalSet(stores.dispatches, { ...set, sources: rest })).ids;
  await search();
  await stores.dispatches.supersede([...firstIds.values()][0]!, [...restIds.values()][0]!, 'correction', set.now);
  await search();
  return results;
}
