import type { DispatchStore } from '../store/dispatch-store.js';
import { type IngestReport, emptyReport, recordStored } from './ingest-report.js';
import { type PreparedSource, type WireInput, prepareSource } from './prepare-source.js';

/** Largest source read whole; a larger one is rejected (and quarantined by name and size) unread. */
export const MAX_SOURCE_BYTES = 16 * 1024 * 1024;

/**
 * Decodes, splits, parses and stores one source in a single transaction. Whatever cannot be
 * used is quarantined with its reason; the rest is stored. Returns the source's ingest report.
 */
export async function ingestWireBytes(store: DispatchStore, input: WireInput, now: Date): Promise<IngestReport> {
  return storePreparedSource(store, prepareSource(input, now), now);
}

/** Stores a prepared source (its dispatches and its quarantine) in one transaction; returns its ingest report. */
export async function storePreparedSource(store: DispatchStore, prepared: PreparedSource, now: Date): Promise<IngestReport> {
  const { source, dispatches, quarantine, report, dispatchWarnings } = prepared;
  const stored = await store.saveSource({ source, dispatches, quarantine }, now);
  const bySourceIndex = new Map(dispatches.map((d, i) => [d.dispatch.sourceIndex, dispatchWarnings[i] ?? []]));
  return recordStored(report, source, stored, (sourceIndex) => bySourceIndex.get(sourceIndex) ?? []);
}

/** Quarantines a source too large to read, keeping its name, size and the reason. */
export async function rejectOversizeSource(
  store: DispatchStore,
  source: string,
  byteLength: number,
  now: Date,
): Promise<IngestReport> {
  const report = emptyReport();
  const reason = `source is ${byteLength.toLocaleString('en')} bytes, over the ${MAX_SOURCE_BYTES.toLocaleString('en')}-byte limit; split it into smaller files`;
  await store.saveSource({ source, dispatches: [], quarantine: [{ source, sourceIndex: null, reason, bytes: null, byteLength }] }, now);
  report.rejected.push({ source, reason });
  return report;
}
