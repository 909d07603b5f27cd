import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPreparePool, prepareWorkersFor } from '../../src/ingest/create-prepare-pool.js';
import { mapAhead } from '../../src/ingest/map-ahead.js';
import { prepareSource } from '../../src/ingest/prepare-source.js';
import { fixturesDir, seedPath } from '../helpers/seed-path.js';

const now = new Date('2026-02-04T12:00:00Z');
const inputs = [
  { source: 'seed.txt', bytes: readFileSync(seedPath) },
  { source: 'garbage.txt', bytes: readFileSync(join(fixturesDir, 'wire', 'dispatch-then-garbage.txt')) },
  { source: 'three.txt', bytes: readFileSync(join(fixturesDir, 'wire', 'three-dispatches.txt')) },
];

describe('the prepare pool', () => {
  it('prepares in a worker thread exactly what the calling thread would', async () => {
    const pool = createPreparePool(1);
    try {
      const prepared = await Promise.all(inputs.map((input) => pool.prepare(input, now)));
      const local = inputs.map((input) => prepareSource(input, now));
      expect(prepared.map((p) => p.dispatches.length)).toEqual([1, 1, 3]);
      expect(prepared[1]!.quarantine).toHaveLength(1);
      // Quarantined bytes cross the thread as a plain Uint8Array rather than a Buffer: compare their content.
      const plain = (list: typeof local) =>
        list.map((p) => ({ ...p, quarantine: p.quarantine.map((q) => ({ ...q, bytes: q.bytes && Buffer.from(q.bytes).toString('hex') })) }));
      expect(plain(prepared)).toEqual(plain(local));
    } finally {
      await pool.close();
    }
  });

  it('fails the sources still being prepared, by name, when its worker stops', async () => {
    const pool = createPreparePool(1);
    const pending = pool.prepare(inputs[0]!, now);
    await pool.close();
    await expect(pending).rejects.toThrow(/cannot prepare seed\.txt: prepare worker exited/);
    // Later sources fail at once rather than wait on a worker that is gone.
    await expect(pool.prepare(inputs[1]!, now)).rejects.toThrow(/cannot prepare garbage\.txt: prepare worker exited/);
  });

  it('starts no worker for a single source, and leaves one core to the store', () => {
    expect(prepareWorkersFor(1)).toBe(0);
    expect(prepareWorkersFor(50)).toBeLessThanOrEqual(3);
  });
});

describe('mapAhead', () => {
  it('yields in order while keeping at most `ahead` items started beyond the current one', async () => {
    const started: number[] = [];
    const seen: number[] = [];
    const delays = [30, 5, 20, 1, 10];
    const results = mapAhead(delays, 2, async (delay, index) => {
      started.push(index);
      await new Promise((resolve) => setTimeout(resolve, delay));
      return index;
    });
    for await (const index of results) {
      seen.push(index);
      expect(Math.max(...started)).toBeLessThanOrEqual(index + 2);
    }
    expect(seen).toEqual([0, 1, 2, 3, 4]);
  });

  it('throws a failure at its turn, after the results before it', async () => {
    const seen: number[] = [];
    const run = async () => {
      for await (const value of mapAhead([1, 2, 3], 2, async (n) => {
        if (n === 2) throw new Error('second failed');
        return n;
      })) {
        seen.push(value);
      }
    };
    await expect(run()).rejects.toThrow('second failed');
    expect(seen).toEqual([1]);
  });
});
