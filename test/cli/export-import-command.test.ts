import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openStores } from '../../src/store/open-stores.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { fillStore } from '../helpers/fill-store.js';
import { runCliCaptured } from '../helpers/run-cli-captured.js';
import { describeStores, useStoreBackends } from '../helpers/store-backends.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-02-05T08:00:00Z');
const questions = ['OPEC output', 'بوتين بريكس', 'flu campaign Kuwait', 'Beijing'];

async function searches(target: ReturnType<ReturnType<typeof useStoreBackends>[number]['fresh']>) {
  const stores = await target.open();
  const results = [];
  // Scores to 12 significant digits: a term FTS5's tokenizer splits in two is one term for PostgreSQL,
  // which can move a document length, and so a score, by the last bit.
  for (const q of questions) {
    const hits = await stores.dispatches.searchPassages(expandQuery(q), { limit: 5 });
    results.push(hits.map((hit) => ({ ...hit, score: Number(hit.score.toPrecision(12)) })));
  }
  await stores.close();
  return results;
}

describeStores('wirebrief export / import', (backend) => {
  it('moves a SQLite store to this backend and back to SQLite, every row as it was', async () => {
    const dir = tempDir();
    const source = join(dir, 'source.db');
    const stores = openStores(source);
    await fillStore(stores, now);
    await stores.close();

    const first = join(dir, 'first.jsonl');
    expect((await runCliCaptured(['export', first, '--db', source])).code).toBe(0);
    const middle = backend.fresh();
    await (await middle.open()).close();
    const imported = await runCliCaptured(['import', first, '--db', middle.target, '--json']);
    expect(imported.stderr).toBe('');
    const rows = imported.json<{ rows: Record<string, number> }>().rows;
    expect(rows).toMatchObject({ subscribers: 3, followed_topics: 4, feeds: 1, outbox: 3, dispatch_versions: 1 });
    expect(rows.quarantine).toBeGreaterThanOrEqual(1);

    const second = join(dir, 'second.jsonl');
    expect((await runCliCaptured(['export', second, '--db', middle.target])).code).toBe(0);
    const back = join(dir, 'back.db');
    expect((await runCliCaptured(['import', second, '--db', back])).code).toBe(0);
    const third = join(dir, 'third.jsonl');
    expect((await runCliCaptured(['export', third, '--db', back])).code).toBe(0);

    const lines = (file: string) => readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as unknown);
    expect(lines(second)).toEqual(lines(first));
    expect(readFileSync(third, 'utf8')).toBe(readFileSync(first, 'utf8'));
    // The index is rebuilt on import: the same passages are found, in the same order, as in the original.
    const original = { open: async () => openStores(source) } as Parameters<typeof searches>[0];
    const expected = await searches(original);
    expect(expected.flat().length).toBeGreaterThan(5);
    expect(await searches(middle)).toEqual(expected);
  });

  it('refuses to import into a store that holds data, and a file that is not an export', async () => {
    const location = backend.fresh();
    const stores = await location.open();
    await stores.subscribers.ensure({ chatId: 1, chatType: 'private', lang: 'en', timeZone: 'UTC', digestTime: '07:00' }, now);
    await stores.close();
    const file = join(tempDir(), 'x.jsonl');
    expect((await runCliCaptured(['export', file, '--db', join(tempDir(), 'empty.db')])).code).toBe(0);
    const busy = await runCliCaptured(['import', file, '--db', location.target]);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toContain('import needs an empty store');
    const notExport = await runCliCaptured(['import', '-', '--db', join(tempDir(), 'fresh.db')], { stdin: '{"hello":1}\n' });
    expect(notExport.code).toBe(1);
    expect(notExport.stderr).toContain('not a wirebrief export');
  });
});
