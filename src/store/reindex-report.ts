import type { DispatchRow } from './sqlite/dispatch-row.js';
import { toDispatch } from './sqlite/dispatch-row.js';
import { analyseDispatch } from '../ingest/prepare-dispatch.js';

/** What opening a store did to its search index: rebuilt from the stored text for a new analyser. */
export interface ReindexReport {
  /** the analyser version the index was built with */
  from: number;
  /** the version it is built with now */
  to: number;
  /** dispatches re-analysed */
  dispatches: number;
  ms: number;
}

/** Options of opening a store. */
export interface OpenStoreOptions {
  /** Called once when opening rebuilt the search index (the caller logs it). */
  onReindexed?: (report: ReindexReport) => void;
}

/** The one log line of a re-index. */
export function describeReindex(report: ReindexReport): string {
  return `search index rebuilt for text analyser version ${report.to} (was ${report.from}): ${report.dispatches} dispatch(es) re-analysed from their stored text in ${report.ms} ms`;
}

/** The columns of a stored dispatch that come from analysing its text, as both backends store them. */
export interface AnalysedColumns {
  paragraph_terms: string;
  lead_terms: string;
  entity_keys: string;
  city_key: string | null;
  number_keys: string;
  name_keys: string;
  story_marker: string | null;
}

/** Dispatches re-analysed per page: a re-index never holds the whole store in memory. */
export const REINDEX_PAGE = 1000;

/** The columns a re-index reads: every column `toDispatch` maps, but not the raw text (analysis does not read it). */
export const REINDEX_COLUMNS = `seq, id, agency, lang, date, dateline_city, dateline_day, dateline_month, headline, headline_derived, urgent,
  end_marker, editors, repeats, '' AS raw, source, source_index, story_id, ingested_at, paragraphs, paragraph_terms`;

/** Re-analyses a stored dispatch from its stored text (headline, paragraphs, repeats): the columns to write back. Its story stays. */
export function reanalyse(row: DispatchRow): AnalysedColumns {
  const { paragraphTerms, features } = analyseDispatch(toDispatch(row));
  return {
    paragraph_terms: JSON.stringify(paragraphTerms),
    lead_terms: JSON.stringify(features.leadTerms),
    entity_keys: JSON.stringify(features.entityKeys),
    city_key: features.cityKey,
    number_keys: JSON.stringify(features.numberKeys),
    name_keys: JSON.stringify(features.nameKeys),
    story_marker: features.marker,
  };
}
