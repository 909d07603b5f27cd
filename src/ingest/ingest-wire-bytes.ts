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
  const { source, dispatches, quarantine, report } = prepared;
  const stored = await store.saveSource({ source, dispatches, quarantine }, now);
  return recordStored(report, source, stored, warningsBySourceIndex(prepared));
}

/** Each prepared dispatch's warnings, looked up by its source index. */
function warningsBySourceIndex({ dispatches, dispatchWarnings }: PreparedSource): (sourceIndex: number) => string[] {
  const bySourceIndex = new Map(dispatches.map((d, i) => [d.dispatch.sourceIndex, dispatchWarnings[i] ?? []]));
  return (sourceIndex) => bySourceIndex.get(sourceIndex) ?? [];
}

/** Dispatches stored per transaction by storePreparedSourceInSteps: a few tens of milliseconds of work each. */
export const STORE_STEP = 100;

/**
 * Stores a prepared source for a live process (the bot's inbox and watched folder): in
 * transactions of `step` dispatches, giving the event loop a turn between them, so a source of
 * thousands of dispatches does not stall replies and health checks. Not one transaction: a crash
 * part-way leaves the first steps stored, and reading the source again adds the rest (ids are
 * stable, the stored ones come back as duplicates); the quarantine goes with the last step, so it
 * is written once. Small sources are one transaction, as storePreparedSource.
 */
export async function storePreparedSourceInSteps(store: DispatchStore, prepared: PreparedSource, now: Date, step = STORE_STEP): Promise<IngestReport> {
  const { source, dispatches, quarantine, report } = prepared;
  if (dispatches.length <= step) return storePreparedSource(store, prepared, now);
  const warningsOf = warningsBySourceIndex(prepared);
  for (let start = 0; start < dispatches.length; start += step) {
    const last = start + step >= dispatches.length;
    const stored = await store.saveSource({ source, dispatches: dispatches.slice(start, start + step), quarantine: last ? quarantine : [] }, now);
    recordStored(report, source, stored, warningsOf);
    if (!last) await new Promise((resolve) => setImmediate(resolve));
  }
  return report;
}

/** Quarantines a source too large to read, keeping its name, size and the reason. */
export async function rejectOversizeSource(
  store: DispatchStore,
  source: string,
  byteLength: number,
  now: Date,
): Promise<IngestReport> {
  return rejectUnreadSource(store, source, oversizeReason(byteLength), byteLength, now);
}

/** Why a source of `byteLength` bytes is not read. */
export function oversizeReason(byteLength: number, limit = MAX_SOURCE_BYTES): string {
  return `source is ${byteLength.toLocaleString('en')} bytes, over the ${limit.toLocaleString('en')}-byte limit; split it into smaller files`;
}

/** Quarantines a source that was not read (too large, not a regular file): its name, size and reason, never its bytes. */
export async function rejectUnreadSource(store: DispatchStore, source: string, reason: string, byteLength: number, now: Date): Promise<IngestReport> {
  const report = emptyReport();
  await store.saveSource({ source, dispatches: [], quarantine: [{ source, sourceIndex: null, reason, bytes: null, byteLength }] }, now);
  report.rejected.push({ source, reason });
  return report;
}
