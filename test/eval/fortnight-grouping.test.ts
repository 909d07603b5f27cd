import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestEvalSet } from '../../eval/ingest-eval-set.js';
import { loadFortnightSet } from '../../eval/load-fortnight-set.js';
import { groupingScores } from '../../eval/run-eval-set.js';
import { openStores } from '../../src/store/open-stores.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

// Story grouping over the held-out fortnight as a guard (issue 12 target: B-cubed F1 ≥ 0.9 on test),
// with every negative pair (consecutive sessions, semi-finals, a day's two audiences) kept apart.
describe('story grouping over the fortnight', () => {
  it('keeps the labelled stories together and the different events apart', async () => {
    const set = loadFortnightSet();
    const stores = openStores(join(tempDir(), 'eval.db'));
    try {
      const ingested = await ingestEvalSet(stores.dispatches, set);
      const scores = await groupingScores(stores.dispatches, set, ingested);
      expect(scores?.test?.f1).toBeGreaterThanOrEqual(0.9);
      expect(scores?.test?.precision).toBeGreaterThanOrEqual(0.95);
      expect(scores?.dev?.f1).toBeGreaterThanOrEqual(0.9);
    } finally {
      stores.close();
    }
  });
});
