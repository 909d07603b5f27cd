import type { ParsedDispatch } from './dispatch-types.js';

/** A history item's text as stored: it opens with its year and a dash (see parse-history). */
const yearLed = /^\s*((?:1[89]|20)\d{2})\s*(?:--|—|–|-)\s/;

/**
 * Whether a dispatch is an item of "Today in Kuwait's history" / "حدث في مثل هذا اليوم": its text
 * opens with the year it is dated in (`1990 -- …`) and that date is not within the last week of
 * `now`. Such items are stored, searchable and citable, but never today's news: no alert, no digest.
 */
export function isHistoryItem(dispatch: Pick<ParsedDispatch, 'raw' | 'date'>, now: Date): boolean {
  const year = yearLed.exec(dispatch.raw)?.[1];
  if (year === undefined || dispatch.date.slice(0, 4) !== year) return false;
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000).toISOString().slice(0, 10);
  return dispatch.date < weekAgo;
}
