import type { Dispatch, Lang, ParagraphRepeat } from '../../dispatch/dispatch-types.js';
import type { DispatchSummary } from '../dispatch-store.js';

/** A row of the `dispatches` table as better-sqlite3 returns it. */
export interface DispatchRow {
  seq: number;
  id: string;
  agency: string;
  lang: Lang;
  date: string;
  dateline_city: string | null;
  dateline_day: number | null;
  dateline_month: number | null;
  headline: string;
  headline_derived: number;
  urgent: number;
  end_marker: number;
  editors: string | null;
  repeats: string;
  raw: string;
  source: string;
  source_index: number;
  story_id: string;
  ingested_at: string;
  paragraphs: string;
  paragraph_terms: string;
}

export function datelineOf(row: Pick<DispatchRow, 'dateline_city' | 'dateline_day' | 'dateline_month'>) {
  return row.dateline_city === null || row.dateline_day === null || row.dateline_month === null
    ? null
    : { city: row.dateline_city, day: row.dateline_day, month: row.dateline_month };
}

/** The columns a dispatch summary is made from. */
export type SummaryRow = Pick<
  DispatchRow,
  'id' | 'date' | 'lang' | 'agency' | 'dateline_city' | 'dateline_day' | 'dateline_month' | 'headline' | 'urgent' | 'story_id' | 'ingested_at'
>;

export function toDispatchSummary(row: SummaryRow): DispatchSummary {
  return {
    id: row.id,
    date: row.date,
    lang: row.lang,
    agency: row.agency,
    dateline: datelineOf(row),
    headline: row.headline,
    urgent: row.urgent === 1,
    storyId: row.story_id,
    ingestedAt: row.ingested_at,
  };
}

export function toDispatch(row: DispatchRow): Dispatch {
  return {
    id: row.id,
    agency: row.agency,
    lang: row.lang,
    date: row.date,
    dateline: datelineOf(row),
    headline: row.headline,
    headlineDerived: row.headline_derived === 1,
    paragraphs: JSON.parse(row.paragraphs) as string[],
    repeats: JSON.parse(row.repeats) as ParagraphRepeat[],
    urgent: row.urgent === 1,
    endMarker: row.end_marker === 1,
    editors: row.editors,
    raw: row.raw,
    source: row.source,
    sourceIndex: row.source_index,
    storyId: row.story_id,
    ingestedAt: row.ingested_at,
  };
}
