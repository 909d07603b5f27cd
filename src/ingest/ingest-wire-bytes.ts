import { decodeWireBytes } from '../dispatch/decode-wire-bytes.js';
import { parseWireText } from '../dispatch/parse-wire-text.js';
import type { DispatchStore, PreparedDispatch, QuarantineItem } from '../store/dispatch-store.js';
import { type IngestReport, emptyReport, recordStored } from './ingest-report.js';
import { prepareDispatch } from './prepare-dispatch.js';

/** Largest source read whole; a larger one is rejected (and quarantined by name and size) unread. */
export const MAX_SOURCE_BYTES = 16 * 1024 * 1024;

export interface WireInput {
  /** where the text came from: a path, a URL, `telegram:chat/message`, `stdin` */
  source: string;
  bytes: Uint8Array;
}

/**
 * Decodes, splits, parses and stores one source in a single transaction. Whatever cannot be
 * used is quarantined with its reason; the rest is stored. Returns the source's ingest report.
 */
export async function ingestWireBytes(store: DispatchStore, input: WireInput, now: Date): Promise<IngestReport> {
  const report = emptyReport();
  const { source, bytes } = input;
  const quarantine: QuarantineItem[] = [];
  const prepared: PreparedDispatch[] = [];
  const reject = (sourceIndex: number | null, reason: string, kept: Uint8Array | null, byteLength: number) => {
    quarantine.push({ source, sourceIndex, reason, bytes: kept, byteLength });
    report.rejected.push(sourceIndex === null ? { source, reason } : { source, sourceIndex, reason });
  };

  const decoded = decodeWireBytes(bytes);
  if (!decoded.ok) {
    reject(null, decoded.reason, bytes, bytes.byteLength);
  } else {
    const ctx = { year: now.getUTCFullYear(), date: now.toISOString().slice(0, 10) };
    for (const { raw, index, result } of parseWireText(decoded.text, ctx)) {
      if (!result.ok) {
        const kept = Buffer.from(raw, 'utf8');
        reject(index, `dispatch ${index + 1}: ${result.reason}`, kept, kept.byteLength);
        continue;
      }
      for (const message of result.warnings) report.warnings.push({ source, message: `dispatch ${index + 1}: ${message}` });
      prepared.push(prepareDispatch(result.dispatch, source, index));
    }
  }

  const stored = await store.saveSource({ source, dispatches: prepared, quarantine }, now);
  return recordStored(report, source, stored);
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
