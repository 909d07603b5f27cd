import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { prepareSource } from '../../src/ingest/prepare-source.js';
import { fixturesDir, seedPath } from '../helpers/seed-path.js';
import { describeStores } from '../helpers/store-backends.js';

const now = new Date('2026-02-04T12:00:00Z');
const arabic = { source: 'seed.txt', bytes: readFileSync(seedPath) };
const english = { source: 'en.txt', bytes: readFileSync(join(fixturesDir, 'stories', 'kuna-en-2026-02-04-beijing.txt')) };

describeStores('story grouping with remembered candidates', (backend) => {
  it('sees a dispatch another connection stored after this one had read that city-day', async () => {
    const location = backend.fresh();
    const mine = await location.open();
    const theirs = await location.open();
    // This connection reads (and remembers) Beijing, 4 Feb, with an unrelated story in it.
    const exports = 'Date : 04/02/2026\nBEIJING, Feb 4 (KUNA) -- China\'s exports rose sharply in January, customs data showed on Wednesday.\n(end)\nast.xb\n';
    const unrelated = await ingestWireBytes(mine.dispatches, { source: 'exports.txt', bytes: Buffer.from(exports) }, now);
    // Another process stores the Arabic seed; the English version then arrives here and joins it.
    const seed = await ingestWireBytes(theirs.dispatches, arabic, now);
    const report = await ingestWireBytes(mine.dispatches, english, now);
    expect(report.dispatches[0]!.storyId).toBe(seed.dispatches[0]!.storyId);
    expect(report.dispatches[0]!.storyId).not.toBe(unrelated.dispatches[0]!.storyId);
  });

  it('forgets a dispatch whose transaction rolled back', async () => {
    const stores = await backend.fresh().open();
    const seed = prepareSource(arabic, now);
    const broken = { ...seed.dispatches[0]!, dispatch: { ...seed.dispatches[0]!.dispatch, id: 'broken-1', lang: 'xx' as 'ar' } };
    // The seed is stored, then the invalid row fails its CHECK: the whole source rolls back.
    await expect(stores.dispatches.saveSource({ source: 'seed.txt', dispatches: [seed.dispatches[0]!, broken], quarantine: [] }, now)).rejects.toThrow();
    expect(await stores.dispatches.countDispatches()).toBe(0);
    const report = await ingestWireBytes(stores.dispatches, english, now);
    // Nothing left to group with: the English dispatch starts its own story, not the rolled-back seed's.
    expect(report.dispatches[0]!.storyId).toBe(`s-${report.dispatches[0]!.id}`);
    const again = await ingestWireBytes(stores.dispatches, arabic, now);
    expect(again.dispatches[0]!.storyId).toBe(report.dispatches[0]!.storyId);
  });

  it('groups two versions of a story stored at the same moment by two writers', async () => {
    const location = backend.fresh();
    const [one, two] = [await location.open(), await location.open()];
    // Each writer starts its transaction at once; the second must see the first's dispatch to join its story.
    const [a, b] = await Promise.all([ingestWireBytes(one.dispatches, arabic, now), ingestWireBytes(two.dispatches, english, now)]);
    expect(a.dispatches[0]!.storyId).toBe(b.dispatches[0]!.storyId);
  });
});

describeStores('story grouping reaching back for an update', (backend) => {
  const announced =
    'Date : 06/05/2026\nKUWAIT, May 6 (KUNA) -- The municipality will plant 3,000 shade trees along the coastal road from next Wednesday, its planning director said on Wednesday.\n(end)\nab.cd\n';
  const update =
    'UPDATE: Municipality plants first 640 shade trees along coastal road\nKUWAIT, May 12 (KUNA) -- The municipality planted the first 640 of its 3,000 shade trees along the coastal road on Tuesday, its planning director said.\n(end)\nab.cd\n';

  async function storiesOf(second: string): Promise<[string, string]> {
    const stores = await backend.fresh().open();
    const first = await ingestWireBytes(stores.dispatches, { source: 'trees.txt', bytes: Buffer.from(announced) }, new Date('2026-05-06T09:00:00Z'));
    const later = await ingestWireBytes(stores.dispatches, { source: 'trees-later.txt', bytes: Buffer.from(second) }, new Date('2026-05-12T15:00:00Z'));
    return [first.dispatches[0]!.storyId, later.dispatches[0]!.storyId];
  }

  it('joins an UPDATE six days after the dispatch it updates', async () => {
    const [first, later] = await storiesOf(update);
    expect(later).toBe(first);
  });

  it('keeps the same text apart when it is not marked (negative)', async () => {
    const [first, later] = await storiesOf(update.replace('UPDATE: ', ''));
    expect(later).not.toBe(first);
  });
});

describeStores('story grouping reaching another dateline for an update', (backend) => {
  const wedding =
    'Ministry holds group wedding for 40 couples in Jahra\nJAHRA, July 2 (KUNA) -- The Ministry of Social Affairs held a group wedding for 40 couples in Jahra on Thursday evening, its first outside the capital.\n(end)\nnm.rk\n';
  const update =
    'UPDATE: Group wedding grants paid to 40 couples\nKUWAIT, July 4 (KUNA) -- The Ministry of Social Affairs said on Saturday it had paid the marriage grant to all 40 couples married at its group wedding in Jahra.\n(end)\nnm.rk\n';

  async function storiesOf(second: string): Promise<[string, string]> {
    const stores = await backend.fresh().open();
    const first = await ingestWireBytes(stores.dispatches, { source: 'wedding.txt', bytes: Buffer.from(wedding) }, new Date('2026-07-02T18:00:00Z'));
    const later = await ingestWireBytes(stores.dispatches, { source: 'wedding-later.txt', bytes: Buffer.from(second) }, new Date('2026-07-04T11:00:00Z'));
    return [first.dispatches[0]!.storyId, later.dispatches[0]!.storyId];
  }

  it('joins an UPDATE filed from the capital to the story filed from the city it names', async () => {
    const [first, later] = await storiesOf(update);
    expect(later).toBe(first);
  });

  it('keeps it apart unmarked, or when it does not name that city (negative)', async () => {
    const [first, unmarked] = await storiesOf(update.replace('UPDATE: ', ''));
    expect(unmarked).not.toBe(first);
    const [again, elsewhere] = await storiesOf(update.replace(' in Jahra', ''));
    expect(elsewhere).not.toBe(again);
  });
});
