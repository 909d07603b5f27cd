import { decodeWireBytes } from '../dispatch/decode-wire-bytes.js';
import { parseWireText } from '../dispatch/parse-wire-text.js';
import type { PreparedDispatch, QuarantineItem } from '../store/dispatch-store.js';
import { type IngestReport, emptyReport } from './ingest-report.js';
import { prepareDispatch } from './prepare-dispatch.js';

export interface WireInput {
  /** where the text came from: a path, a URL, `telegram:chat/message`, `stdin` */
  source: string;
  bytes: Uint8Array;
}

/** One source read and parsed, ready to store: its dispatches, what it quarantines, and the report so far (rejections, warnings). */
export interface PreparedSource {
  source: string;
  dispatches: PreparedDispatch[];
  quarantine: QuarantineItem[];
  report: IngestReport;
}

/**
 * Decodes, splits, parses and analyses one source (pure: no store). Whatever cannot be used is
 * set aside for quarantine with its reason. Runs in the caller's thread or in a prepare worker.
 */
export function prepareSource(input: WireInput, now: Date): PreparedSource {
  const report = emptyReport();
  const { source, bytes } = input;
  const quarantine: QuarantineItem[] = [];
  const dispatches: PreparedDispatch[] = [];
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
      dispatches.push(prepareDispatch(result.dispatch, source, index));
    }
  }
  return { source, dispatches, quarantine, report };
}
