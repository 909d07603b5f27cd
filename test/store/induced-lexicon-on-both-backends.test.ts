import { describe, expect, it } from 'vitest';
import { ingestEvalSet } from '../../eval/ingest-eval-set.js';
import { loadFortnightSet } from '../../eval/load-fortnight-set.js';
import { loadInducedLexicon } from '../../src/search/load-induced-lexicon.js';
import { useStoreBackends } from '../helpers/store-backends.js';

const [sqlite, postgres] = useStoreBackends() as [ReturnType<typeof useStoreBackends>[number], ReturnType<typeof useStoreBackends>[number]];

describe.skipIf(!postgres.available)('the induced lexicon on PostgreSQL', () => {
  it('learns the same pairs from the same wire as on SQLite', async () => {
    const set = loadFortnightSet();
    const learn = async (backend: typeof sqlite) => {
      const stores = await backend.fresh().open();
      await ingestEvalSet(stores.dispatches, set);
      return (await loadInducedLexicon(stores.dispatches)).pairs;
    };
    const expected = await learn(sqlite);
    expect(expected.length).toBeGreaterThan(10);
    expect(await learn(postgres)).toEqual(expected);
  });
});
