import { appendFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Deps } from '../../src/deps.js';
import type { IngestReport } from '../../src/ingest/ingest-report.js';
import { type InboxWatcher, startInboxWatcher } from '../../src/sources/start-inbox-watcher.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { arabicWire, englishWire } from './feed-server.js';
import { makeDeps } from './make-deps.js';

const tempDir = useTempDir();
let running: Array<{ deps: Deps; watcher: InboxWatcher }> = [];
afterEach(async () => {
  for (const { deps, watcher } of running.splice(0)) {
    await watcher.stop();
    deps.stores.close();
  }
});

async function start(options: { auto: boolean }, onIngested?: (report: IngestReport) => void) {
  const dir = tempDir();
  const inbox = join(dir, 'inbox');
  const { deps } = makeDeps(dir);
  const watcher = await startInboxWatcher(deps, { dir: inbox, onIngested, pollMs: options.auto ? 50 : 0, watch: options.auto });
  running.push({ deps, watcher });
  return { deps, inbox, watcher };
}

async function waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 25));
  expect(check()).toBe(true);
}

describe('watched inbox folder', () => {
  it('ingests a dropped file once and moves it to done/', async () => {
    const seen: IngestReport[] = [];
    const { deps, inbox } = await start({ auto: true }, (report) => seen.push(report));
    writeFileSync(join(inbox, 'oil.txt'), arabicWire);
    await waitFor(() => existsSync(join(inbox, 'done', 'oil.txt')) && seen.length > 0);
    expect(readdirSync(inbox).sort()).toEqual(['done', 'rejected']);
    expect(await deps.stores.dispatches.countDispatches()).toBe(1);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.dispatches[0]).toMatchObject({ source: join(inbox, 'oil.txt'), duplicate: false });
  });

  it('moves a file with nothing usable to rejected/ with a .reason file', async () => {
    const { deps, inbox, watcher } = await start({ auto: false });
    writeFileSync(join(inbox, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    await watcher.scan();
    await watcher.scan();
    expect(existsSync(join(inbox, 'rejected', 'photo.txt'))).toBe(true);
    expect(readFileSync(join(inbox, 'rejected', 'photo.txt.reason'), 'utf8').trim()).not.toBe('');
    expect(await deps.stores.dispatches.countDispatches()).toBe(0);
  });

  it('does not read a file still being written: a slow writer gets ingested whole, once', async () => {
    const seen: IngestReport[] = [];
    const { deps, inbox, watcher } = await start({ auto: false }, (report) => seen.push(report));
    const path = join(inbox, 'beijing.txt');
    const lines = englishWire.split('\n');
    writeFileSync(path, `${lines[0]}\n`);
    for (const line of lines.slice(1)) {
      await watcher.scan(); // sees a changed size each time: not read yet
      expect(existsSync(path)).toBe(true);
      appendFileSync(path, `${line}\n`);
    }
    await watcher.scan(); // first sighting of the final size
    expect(existsSync(path)).toBe(true);
    await watcher.scan(); // unchanged since: ingested
    expect(existsSync(join(inbox, 'done', 'beijing.txt'))).toBe(true);
    expect(seen).toHaveLength(1);
    const dispatch = await deps.stores.dispatches.getDispatch(seen[0]!.dispatches[0]!.id);
    expect(dispatch!.paragraphs).toHaveLength(4);
    expect(dispatch!.endMarker).toBe(true);
    await watcher.scan();
    expect(await deps.stores.dispatches.countDispatches()).toBe(1);
  });

  it('keeps a second file of the same name beside the first in done/', async () => {
    const { inbox, watcher } = await start({ auto: false });
    for (let round = 0; round < 2; round += 1) {
      writeFileSync(join(inbox, 'oil.txt'), arabicWire);
      await watcher.scan();
      await watcher.scan();
    }
    expect(readdirSync(join(inbox, 'done')).filter((name) => name.startsWith('oil.')).length).toBe(2);
  });
});
