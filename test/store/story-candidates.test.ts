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

type Backend = Parameters<Parameters<typeof describeStores>[1]>[0];

/** The story ids of two dispatches filed at two times into a fresh store: the earlier one and a later one. */
async function storiesOfTwo(backend: Backend, earlier: [string, string], later: [string, string]): Promise<[string, string]> {
  const stores = await backend.fresh().open();
  const a = await ingestWireBytes(stores.dispatches, { source: 'earlier.txt', bytes: Buffer.from(earlier[1]) }, new Date(earlier[0]));
  const b = await ingestWireBytes(stores.dispatches, { source: 'later.txt', bytes: Buffer.from(later[1]) }, new Date(later[0]));
  return [a.dispatches[0]!.storyId, b.dispatches[0]!.storyId];
}

/** An update and the dispatch it follows, each with its filing time; the texts that must stay apart from the first (negatives). */
const REACHES: Array<{ title: string; first: [string, string]; update: [string, string]; apart: Array<[string, string]> }> = [
  {
    title: 'an UPDATE six days after the dispatch it updates',
    first: ['2026-05-06T09:00:00Z', 'Date : 06/05/2026\nKUWAIT, May 6 (KUNA) -- The municipality will plant 3,000 shade trees along the coastal road from next Wednesday, its planning director said on Wednesday.\n(end)\nab.cd\n'],
    update: ['2026-05-12T15:00:00Z', 'UPDATE: Municipality plants first 640 shade trees along coastal road\nKUWAIT, May 12 (KUNA) -- The municipality planted the first 640 of its 3,000 shade trees along the coastal road on Tuesday, its planning director said.\n(end)\nab.cd\n'],
    apart: [['unmarked', 'UPDATE: ']],
  },
  {
    title: 'an UPDATE filed from the capital to the story filed from the city it names',
    first: ['2026-07-02T18:00:00Z', 'Ministry holds group wedding for 40 couples in Jahra\nJAHRA, July 2 (KUNA) -- The Ministry of Social Affairs held a group wedding for 40 couples in Jahra on Thursday evening, its first outside the capital.\n(end)\nnm.rk\n'],
    update: ['2026-07-04T11:00:00Z', 'UPDATE: Group wedding grants paid to 40 couples\nKUWAIT, July 4 (KUNA) -- The Ministry of Social Affairs said on Saturday it had paid the marriage grant to all 40 couples married at its group wedding in Jahra.\n(end)\nnm.rk\n'],
    apart: [['unmarked', 'UPDATE: '], ['not naming that city', ' in Jahra']],
  },
];

describeStores('story grouping reaching back for an update', (backend) => {
  async function storiesOf(first: [string, string], later: [string, string]): Promise<[string, string]> {
    const stores = await backend.fresh().open();
    const a = await ingestWireBytes(stores.dispatches, { source: 'earlier.txt', bytes: Buffer.from(first[1]) }, new Date(first[0]));
    const b = await ingestWireBytes(stores.dispatches, { source: 'later.txt', bytes: Buffer.from(later[1]) }, new Date(later[0]));
    return [a.dispatches[0]!.storyId, b.dispatches[0]!.storyId];
  }

  for (const { title, first, update, apart } of REACHES) {
    it(`joins ${title}`, async () => {
      const [earlier, later] = await storiesOf(first, update);
      expect(later).toBe(earlier);
    });
    for (const [how, cut] of apart) {
      it(`keeps ${title} apart when ${how} (negative)`, async () => {
        const [earlier, later] = await storiesOf(first, [update[0], update[1].replace(cut, '')]);
        expect(later).not.toBe(earlier);
      });
    }
  }
});
