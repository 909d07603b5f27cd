import { afterEach, describe, expect, it } from 'vitest';
import type { Deps } from '../../src/deps.js';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { linkVersions } from '../../src/sources/link-versions.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { arabicWire } from './feed-server.js';
import { makeDeps } from './make-deps.js';

const tempDir = useTempDir();
let open: Deps[] = [];
afterEach(() => {
  for (const deps of open.splice(0)) deps.stores.close();
});

const update = arabicWire
  .replace('التاريخ : 05/02/2026\n', 'التاريخ : 05/02/2026\nتحديث: ارتفاع سعر النفط الكويتي\n')
  .replace('78.10 دولار للبرميل.', '78.10 دولار للبرميل فيما ارتفع خام غرب تكساس الوسيط 70 سنتا.');

describe('updates and corrections', () => {
  it('links a text marked تحديث to the earlier dispatch of its story, keeping the story id', async () => {
    const { deps, clock } = makeDeps(tempDir());
    open.push(deps);
    const store = deps.stores.dispatches;
    const first = await ingestWireBytes(store, { source: 'a.txt', bytes: Buffer.from(arabicWire) }, clock.now());
    clock.advance(3_600_000);
    const second = await ingestWireBytes(store, { source: 'b.txt', bytes: Buffer.from(update) }, clock.now());
    expect(await linkVersions(store, second, { edited: false }, clock.now())).toBe(1);
    const [older, newer] = [first.dispatches[0]!, second.dispatches[0]!];
    expect(newer.storyId).toBe(older.storyId);
    expect(await store.listVersions(older.id)).toEqual([older.id, newer.id]);
    expect((await store.getDispatch(newer.id))!.storyId).toBe(older.storyId);
    expect((await store.getDispatch(older.id))!.paragraphs[0]).toMatch(/^ارتفع سعر برميل النفط/);

    // the same update again is a duplicate: nothing more is linked
    const again = await ingestWireBytes(store, { source: 'c.txt', bytes: Buffer.from(update) }, clock.now());
    expect(await linkVersions(store, again, { edited: false }, clock.now())).toBe(0);
  });

  it('leaves an unmarked dispatch of the same story as a separate dispatch', async () => {
    const { deps, clock } = makeDeps(tempDir());
    open.push(deps);
    const store = deps.stores.dispatches;
    const first = await ingestWireBytes(store, { source: 'a.txt', bytes: Buffer.from(arabicWire) }, clock.now());
    const plain = await ingestWireBytes(store, { source: 'b.txt', bytes: Buffer.from(update.replace('تحديث: ', '')) }, clock.now());
    expect(await linkVersions(store, plain, { edited: false }, clock.now())).toBe(0);
    expect(await store.listVersions(first.dispatches[0]!.id)).toEqual([first.dispatches[0]!.id]);
  });
});
