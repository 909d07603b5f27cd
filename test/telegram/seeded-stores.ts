import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { openStores, type Stores } from '../../src/store/open-stores.js';
import { fixturesDir, seedPath } from '../helpers/seed-path.js';
import { useTempDir } from '../helpers/temp-dir.js';

/** The seed (Arabic, Beijing), an English flu story and an Arabic oil story, ingested on 2026-02-05. */
export const seededFiles = [
  seedPath,
  join(fixturesDir, 'stories', 'kuna-en-2026-02-04-kuwait-flu.txt'),
  join(fixturesDir, 'stories', 'kuna-ar-2026-02-05-kuwait-oil.txt'),
];

/** A real SQLite store per test in a temporary directory, holding `seededFiles`; closed after the test. */
export function useSeededStores(): () => Stores {
  const tempDir = useTempDir();
  let stores: Stores;
  beforeEach(async () => {
    stores = openStores(join(tempDir(), 'store.db'));
    for (const path of seededFiles) {
      await ingestWireBytes(stores.dispatches, { source: path, bytes: readFileSync(path) }, new Date('2026-02-05T08:00:00Z'));
    }
  });
  afterEach(() => stores.close());
  return () => stores;
}
