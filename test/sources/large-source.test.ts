import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPreparePool, type PreparePool } from '../../src/ingest/create-prepare-pool.js';
import { storePreparedSourceInSteps } from '../../src/ingest/ingest-wire-bytes.js';
import { prepareSource } from '../../src/ingest/prepare-source.js';
import { startHttpInbox } from '../../src/sources/start-http-inbox.js';
import { startInboxWatcher } from '../../src/sources/start-inbox-watcher.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { opecDispatch } from '../helpers/write-wire-folder.js';
import { makeDeps } from './make-deps.js';

const tempDir = useTempDir();
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** One dispatch of about `mib` MiB: slow to analyse, one row to store. */
function hugeDispatch(mib: number): string {
  const paragraphs: string[] = [];
  for (let i = 0, size = 0; size < mib * 1024 * 1024; i += 1) {
    const paragraph = `Paragraph ${i}: the OPEC committee reviewed crude output, refinery upgrades and export quotas for region ${i % 97}, officials said.`;
    paragraphs.push(paragraph);
    size += paragraph.length + 1;
  }
  return `Date : 01/02/2026\nKUWAIT, Feb 1 (KUNA) -- ${paragraphs.join('\n')}(end)\nab.cd\n`;
}

describe('large sources in the bot', () => {
  it('a large file in the watched folder is prepared off the event loop: health checks keep being answered', async () => {
    const dir = tempDir();
    const { deps } = makeDeps(dir);
    const pool: PreparePool = createPreparePool(1);
    const prepare = pool.prepare.bind(pool);
    const inbox = await startHttpInbox(deps, { port: 0, host: '127.0.0.1', token: 'inbox-token-123', prepare });
    const watcherDir = join(dir, 'inbox');
    const watcher = await startInboxWatcher(deps, { dir: watcherDir, watch: false, pollMs: 50, settleMs: 0, prepare });
    cleanups.push(() => deps.stores.close(), () => pool.close(), () => inbox.close(), () => watcher.stop());
    // Warm the worker up (its first source also loads the analysers).
    await pool.prepare({ source: 'warm-up', bytes: Buffer.from(opecDispatch(1)) }, deps.clock.now());

    writeFileSync(join(dir, 'big.txt'), hugeDispatch(6));
    const answeredAt: number[] = [];
    const dropped = performance.now();
    renameSync(join(dir, 'big.txt'), join(watcherDir, 'big.txt'));
    const done = join(watcherDir, 'done', 'big.txt');
    for (let i = 0; i < 20_000 && !existsSync(done); i += 1) {
      const res = await fetch(`http://127.0.0.1:${inbox.port}/healthz`);
      expect(res.status).toBe(200);
      answeredAt.push(performance.now());
    }
    const took = performance.now() - dropped;
    expect(existsSync(done)).toBe(true);
    expect(await deps.stores.dispatches.countDispatches()).toBe(1);
    // The longest wait for a health answer is a small part of the file's ingest (reading it, storing one row),
    // not the whole of its analysis: measured against the ingest itself, so a slow machine slows both.
    const gaps = answeredAt.map((at, i) => at - (i === 0 ? dropped : answeredAt[i - 1]!));
    expect(Math.max(...gaps)).toBeLessThan(took * 0.4);
  }, 60_000);

  it('stores a source of many dispatches in steps, giving the event loop a turn between them; the quarantine once', async () => {
    const { deps } = makeDeps(tempDir());
    cleanups.push(() => deps.stores.close());
    const text = [...Array.from({ length: 250 }, (_, i) => opecDispatch(i)), 'KUWAIT, Feb 1 (KUNA) -- (end)\n'].join('\n');
    const prepared = prepareSource({ source: 'many.txt', bytes: Buffer.from(text) }, deps.clock.now());
    expect(prepared.dispatches).toHaveLength(250);
    expect(prepared.quarantine.length).toBeGreaterThan(0);
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns += 1;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const report = await storePreparedSourceInSteps(deps.stores.dispatches, prepared, deps.clock.now(), 100);
    ticking = false;
    expect(turns).toBeGreaterThanOrEqual(2);
    expect(report).toMatchObject({ added: 250, duplicates: 0 });
    expect(report.rejected).toHaveLength(prepared.quarantine.length);
    expect(await deps.stores.dispatches.countDispatches()).toBe(250);
    expect(await deps.stores.dispatches.listQuarantine(10)).toHaveLength(prepared.quarantine.length);
  });
});
