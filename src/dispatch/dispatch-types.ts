/** Shared shapes of a wire dispatch, modelled on IPTC ninjs (see DESIGN.md, "The dispatch"). */

export type Lang = 'ar' | 'en';

/** The dateline exactly as written: `بكين - 4 - 2` gives `{ city: 'بكين', day: 4, month: 2 }`. */
export interface Dateline {
  city: string;
  day: number;
  month: number;
}

/** A paragraph that repeats an earlier one almost word for word (real wires do that). */
export interface ParagraphRepeat {
  /** index of the repeating paragraph in `paragraphs` */
  paragraph: number;
  /** index of the earlier paragraph it repeats */
  of: number;
}

/** What the pure parser makes of one dispatch's text. */
export interface ParsedDispatch {
  agency: string;
  lang: Lang;
  /** YYYY-MM-DD */
  date: string;
  dateline: Dateline | null;
  headline: string;
  /** true when the dispatch had no headline line and `headline` was derived from the lead */
  headlineDerived: boolean;
  /** body paragraphs in order; dateline prefix, end marker and initials stripped */
  paragraphs: string[];
  repeats: ParagraphRepeat[];
  urgent: boolean;
  endMarker: boolean;
  editors: string | null;
  /** the dispatch's text exactly as received */
  raw: string;
}

/** A parsed dispatch as stored. */
export interface Dispatch extends ParsedDispatch {
  id: string;
  source: string;
  sourceIndex: number;
  storyId: string;
  ingestedAt: string;
}
