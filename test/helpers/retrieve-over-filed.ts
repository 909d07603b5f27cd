import { join } from 'node:path';
import { retrievePassages } from '../../src/answer/retrieve-passages.js';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { openStores } from '../../src/store/open-stores.js';
import type { BilingualDictionary } from '../../src/text/bilingual-dictionary.js';

/** Retrieval for `question` over a fresh store in `dir` holding the wire text `filed`, with the general dictionary or without. */
export async function retrieveOverFiled(dir: string, filed: string, question: string, now: Date, dictionary: BilingualDictionary | null) {
  const stores = openStores(join(dir, `store-${dictionary ? 'dict' : 'plain'}-${question.length}.db`));
  try {
    await ingestWireBytes(stores.dispatches, { source: 'wire.txt', bytes: Buffer.from(filed) }, now);
    return await retrievePassages(stores.dispatches, question, now, { timeZone: 'Asia/Kuwait', ...(dictionary ? { dictionary } : {}) });
  } finally {
    stores.close();
  }
}
