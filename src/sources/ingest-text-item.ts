import { removeControls } from '../dispatch/decode-wire-bytes.js';
import { parseContextFor } from '../dispatch/parse-context-for.js';
import { parseWireText } from '../dispatch/parse-wire-text.js';
import { type IngestReport, emptyReport, recordStored } from '../ingest/ingest-report.js';
import { prepareDispatch } from '../ingest/prepare-dispatch.js';
import type { DispatchStore, PreparedDispatch, QuarantineItem } from '../store/dispatch-store.js';
import { UNKNOWN_AGENCY } from '../dispatch/parse-dispatch.js';
import { buildGenericDispatch, type GenericItem } from './build-generic-dispatch.js';

/** A text that arrived by itself (feed item, channel post, inbox item) with what its carrier says of it. */
export interface TextItem extends GenericItem {
  /** where it came from: the item's link, `telegram:<chat>/<message>`, `http-inbox` */
  source: string;
  /** the agency of wire copy that names none (WIREBRIEF_FEED_AGENCY, WIREBRIEF_CHANNEL_AGENCY); none by default */
  defaultAgency?: string;
}

/**
 * Stores a live text: parsed as wire dispatches when it is in a wire format (a feed item's
 * title stands in for a derived headline; its date, else the ingest time, dates copy without
 * one), else as one generic dispatch. Control characters (a JSON `\u0000`) are removed with a
 * warning. Returns the ingest report, each dispatch with its warnings.
 */
export async function ingestTextItem(store: DispatchStore, item: TextItem, now: Date): Promise<IngestReport> {
  const report = emptyReport();
  const { source } = item;
  const prepared: PreparedDispatch[] = [];
  const quarantine: QuarantineItem[] = [];
  const warningsByIndex = new Map<number, string[]>();
  const text = removeControls(item.text);
  const cleaned = text.length < item.text.length ? [`${item.text.length - text.length} control character(s) removed`] : [];
  for (const message of cleaned) report.warnings.push({ source, message });
  if (cleaned.length > 0) item = { ...item, text, title: item.title === null ? null : removeControls(item.title) };
  const ctx = parseContextFor(now, item.isoDate, item.defaultAgency);
  const parsed = [...parseWireText(item.text, ctx)];
  // A flash of unknown agency is no wire copy here: the generic dispatch names the item's own source.
  const wire = parsed.filter((entry) => entry.result.ok && entry.result.dispatch.agency !== UNKNOWN_AGENCY);

  if (wire.length > 0) {
    for (const { raw, index, result } of parsed) {
      if (!result.ok) {
        const kept = Buffer.from(raw, 'utf8');
        quarantine.push({ source, sourceIndex: index, reason: `dispatch ${index + 1}: ${result.reason}`, bytes: kept, byteLength: kept.byteLength });
        report.rejected.push({ source, sourceIndex: index, reason: `dispatch ${index + 1}: ${result.reason}` });
        continue;
      }
      for (const message of result.warnings) report.warnings.push({ source, message: `dispatch ${index + 1}: ${message}` });
      warningsByIndex.set(index, [...cleaned, ...result.warnings]);
      const dispatch = result.dispatch;
      if (wire.length === 1 && dispatch.headlineDerived && item.title) {
        prepared.push(prepareDispatch({ ...dispatch, headline: item.title, headlineDerived: false }, source, index));
      } else {
        prepared.push(prepareDispatch(dispatch, source, index));
      }
    }
  } else {
    const generic = buildGenericDispatch(item, now);
    if (generic.ok) {
      prepared.push(prepareDispatch(generic.dispatch, source, 0));
      warningsByIndex.set(0, cleaned);
    }
    else {
      const kept = Buffer.from(item.text, 'utf8');
      quarantine.push({ source, sourceIndex: null, reason: generic.reason, bytes: kept, byteLength: kept.byteLength });
      report.rejected.push({ source, reason: generic.reason });
    }
  }

  const stored = await store.saveSource({ source, dispatches: prepared, quarantine }, now);
  return recordStored(report, source, stored, (index) => warningsByIndex.get(index) ?? []);
}
