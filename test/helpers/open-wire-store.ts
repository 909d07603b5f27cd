import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { openStores, type Stores } from '../../src/store/open-stores.js';

/** Stores at `path` holding a wire's dispatches, each ingested at its own date (as the wire filed them, in order). */
export async function openWireStore(path: string, wire: ReadonlyArray<{ date: string; text: string }>): Promise<Stores> {
  const stores = openStores(path);
  for (const [i, { date, text }] of wire.entries()) await ingestWireBytes(stores.dispatches, { source: `wire-${i}`, bytes: Buffer.from(text) }, new Date(date));
  return stores;
}
