import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { migratePg } from '../../src/store/pg/migrate-pg.js';
import { createPgPool } from '../../src/store/pg/pg-pool.js';
import { ANALYSER_VERSION } from '../../src/text/analyser-version.js';
import { oldRows, writeOldStore } from '../helpers/old-analyser-store.js';
import { runCliCaptured } from '../helpers/run-cli-captured.js';
import { seedPath } from '../helpers/seed-path.js';
import { testDatabaseUrl, useStoreBackends } from '../helpers/store-backends.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
/** The versions of a migrations folder, as its files name them. */
const versionsIn = (folder: string) =>
  readdirSync(new URL(`../../src/store/${folder}/`, import.meta.url))
    .filter((name) => /^\d{3}-[\w-]+\.sql$/.test(name))
    .map((name) => Number(name.slice(0, 3)))
    .sort((a, b) => a - b);
const [, postgres] = useStoreBackends();

async function createSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: testDatabaseUrl });
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.end();
}

describe('wirebrief migrate on SQLite', () => {
  it('applies every migration once', async () => {
    const db = join(tempDir(), 'store.db');
    const first = await runCliCaptured(['migrate', '--db', db, '--json']);
    expect(first.json()).toEqual({ backend: 'sqlite', applied: versionsIn('migrations'), reindexed: null });
    expect(versionsIn('migrations').length).toBeGreaterThan(5);
    expect((await runCliCaptured(['migrate', '--db', db, '--json'])).json()).toEqual({ backend: 'sqlite', applied: [], reindexed: null });
  });

  it('refuses a WIREBRIEF_DATABASE_URL that is not a postgres:// URL, without echoing it', async () => {
    const run = await runCliCaptured(['list'], { env: { WIREBRIEF_DATABASE_URL: 'mysql://root:hunter2@db/x' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('WIREBRIEF_DATABASE_URL');
    expect(run.stderr).not.toContain('hunter2');
  });
});

describe.skipIf(!postgres!.available)('wirebrief on PostgreSQL', () => {
  it('migrates once, even when two processes start together', async () => {
    const location = postgres!.fresh();
    await createSchema(location.where);
    const pools = [createPgPool(location.target, { max: 1 }), createPgPool(location.target, { max: 1 })];
    try {
      const results = await Promise.all(pools.map((pool) => migratePg(pool)));
      expect(results.map((r) => r.length).sort()).toEqual([0, versionsIn('pg-migrations').length]);
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
    }
    expect((await runCliCaptured(['migrate', '--db', location.target, '--json'])).json()).toEqual({ backend: 'postgres', applied: [], reindexed: null });
  });

  it('is chosen by WIREBRIEF_DATABASE_URL for every command', async () => {
    const location = postgres!.fresh();
    await createSchema(location.where);
    const env = { WIREBRIEF_DATABASE_URL: location.target };
    const ingest = await runCliCaptured(['ingest', seedPath, '--json'], { env });
    expect(ingest.code).toBe(0);
    const [id] = ingest.json<{ dispatches: Array<{ id: string }> }>().dispatches.map((d) => d.id);
    expect((await runCliCaptured(['list', '--json'], { env })).json<Array<{ id: string }>>().map((d) => d.id)).toEqual([id]);
    const search = await runCliCaptured(['search', 'بوتين', '--json'], { env });
    expect(search.json<Array<{ id: string }>>()[0]?.id).toBe(id);
    expect((await runCliCaptured(['show', id!, '--json'], { env })).json<{ id: string }>().id).toBe(id);
    // The SQLite default was not touched: --db still wins over the variable.
    expect((await runCliCaptured(['list', '--json', '--db', join(tempDir(), 'other.db')], { env })).json()).toEqual([]);
  });
});

describe('wirebrief migrate on a store the version-1 analyser wrote', () => {
  const [sqlite] = useStoreBackends();

  it('rebuilds its search index once, says so in one line on stderr and in the JSON', async () => {
    const location = sqlite!.fresh();
    await writeOldStore(location, 'sqlite');
    const first = await runCliCaptured(['migrate', '--db', location.target, '--json']);
    expect(first.json()).toEqual({ backend: 'sqlite', applied: [], reindexed: { from: 1, to: ANALYSER_VERSION, dispatches: 1, ms: expect.any(Number) } });
    expect(first.stderr).toMatch(/^wirebrief: search index rebuilt for text analyser version \d+ \(was 1\): 1 dispatch\(es\) re-analysed/);
    expect((await runCliCaptured(['migrate', '--db', location.target, '--json'])).json()).toEqual({ backend: 'sqlite', applied: [], reindexed: null });
    const search = await runCliCaptured(['search', 'بالتالي', '--db', location.target, '--json']);
    expect(search.json<Array<{ id: string }>>().map((hit) => hit.id)).toEqual([oldRows[0]!.id]);
    expect(search.stderr).toBe('');
  });

  it('rebuilds it on the first command that opens the store, with the same line', async () => {
    const location = sqlite!.fresh();
    await writeOldStore(location, 'sqlite');
    const search = await runCliCaptured(['search', 'بالتالي', '--db', location.target, '--json']);
    expect(search.stderr).toContain('search index rebuilt for text analyser version');
    expect(search.json<Array<{ id: string }>>().map((hit) => hit.id)).toEqual([oldRows[0]!.id]);
  });
});
