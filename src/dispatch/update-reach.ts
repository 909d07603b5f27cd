import { shiftDate } from '../shift-date.js';
import type { StoryMarker } from './story-features.js';

/**
 * How many days back a dispatch marked UPDATE/CORRECTION looks for the story it updates: two weeks.
 * A week until the twentieth session (the longest gap on the dev splits then: a handout announced for
 * "next Sunday" and its first day's update); the sixteenth fortnight's dev split has a delivery's
 * update eleven days after it began, which joined another story of the same ministry instead. Fitted
 * on dev; the update's lead must still repeat the earlier one's (choose-story.ts).
 */
export const UPDATE_REACH_DAYS = 14;

/** The earlier days a marked dispatch reaches beyond the day before (the store offers those already), newest first. */
export function updateReachDays(features: { date: string; marker: StoryMarker }): string[] {
  if (features.marker === null) return [];
  return Array.from({ length: UPDATE_REACH_DAYS - 1 }, (_, i) => shiftDate(features.date, -2 - i));
}

/**
 * Whether a dispatch marked UPDATE/CORRECTION may join `candidate`'s story across days: a dispatch
 * of its own language filed up to `UPDATE_REACH_DAYS` before it. The marker is the wire's own word
 * that an earlier dispatch exists; its lead must still repeat the earlier lead (choose-story.ts).
 * Pure.
 */
export function updateReaches(features: { lang: string; date: string; marker: StoryMarker }, candidate: { lang: string; date: string }): boolean {
  if (features.marker === null || candidate.lang !== features.lang || candidate.date > features.date) return false;
  return candidate.date >= shiftDate(features.date, -UPDATE_REACH_DAYS);
}
