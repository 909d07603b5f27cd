import { decodeWireBytes } from '../dispatch/decode-wire-bytes.js';
import { parseContextFor } from '../dispatch/parse-context-for.js';
import { parseWireText } from '../dispatch/parse-wire-text.js';
import { htmlToText } from '../sources/html-to-text.js';
import type { PreparedDispatch, QuarantineItem } from '../store/dispatch-store.js';
import { type IngestReport, emptyReport } from './ingest-report.js';
import { prepareDispatch } from './prepare-dispatch.js';

export interface WireInput {
  /** where the text came from: a path, a URL, `telegram:chat/message`, `stdin` */
  source: string;
  bytes: Uint8Array;
  /** the source's default agency, for copy that names none (`ingest --agency`, WIREBRIEF_*_AGENCY) */
  agency?: string;
  /** ISO time the source itself gives (file mtime, HTTP Last-Modified): what missing dates are guessed from */
  sourceTime?: string;
}

/** One source read and parsed, ready to store: its dispatches, what it quarantines, and the report so far (rejections, warnings). */
export interface PreparedSource {
  source: string;
  dispatches: PreparedDispatch[];
  quarantine: QuarantineItem[];
  /** each dispatch's warnings (what was guessed), in the order of `dispatches` */
  dispatchWarnings: string[][];
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
  const dispatchWarnings: string[][] = [];
  const reject = (sourceIndex: number | null, reason: string, kept: Uint8Array | null, byteLength: number) => {
    quarantine.push({ source, sourceIndex, reason, bytes: kept, byteLength });
    report.rejected.push(sourceIndex === null ? { source, reason } : { source, sourceIndex, reason });
  };

  const decoded = decodeWireBytes(bytes);
  if (!decoded.ok) {
    reject(null, decoded.reason, bytes, bytes.byteLength);
  } else {
    const ctx = parseContextFor(now, input.sourceTime, input.agency);
    const warnings = decoded.html ? [...decoded.warnings, 'HTML page reduced to its article text'] : decoded.warnings;
    for (const message of warnings) report.warnings.push({ source, message });
    for (const { raw, index, result } of parseWireText(decoded.html ? htmlToText(decoded.text) : decoded.text, ctx)) {
      if (!result.ok) {
        const kept = Buffer.from(raw, 'utf8');
        const from = decoded.html ? ' (in the text of an HTML page)' : '';
        reject(index, `dispatch ${index + 1}${from}: ${result.reason}`, kept, kept.byteLength);
        continue;
      }
      for (const message of result.warnings) report.warnings.push({ source, message: `dispatch ${index + 1}: ${message}` });
      dispatches.push(prepareDispatch(result.dispatch, source, index));
      dispatchWarnings.push([...warnings, ...result.warnings]);
    }
  }
  return { source, dispatches, quarantine, dispatchWarnings, report };
}
