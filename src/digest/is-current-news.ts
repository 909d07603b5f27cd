import type { Dispatch } from '../dispatch/dispatch-types.js';

/** How far back a dispatch's date may lie and still be news for an alert (a late wire, a time zone). */
export const NEWS_WINDOW_DAYS = 7;

/**
 * Whether a dispatch is today's news: dated within the last week. Items of "Today in Kuwait's
 * history" carry their own year, and archive copy its own date: neither is news to alert on
 * (digests leave them out by date already).
 */
export function isCurrentNews(dispatch: Pick<Dispatch, 'date'>, now: Date): boolean {
  const earliest = new Date(now.getTime() - NEWS_WINDOW_DAYS * 86_400_000).toISOString().slice(0, 10);
  return dispatch.date >= earliest;
}
