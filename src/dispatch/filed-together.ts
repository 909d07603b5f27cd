/** A day in milliseconds. */
const DAY_MS = 86_400_000;

/**
 * Whether two dispatches were filed close enough to tell one event: the same day, or a day either side
 * when one is a flash (dated by its arrival, it may fall on the day before or after its full dispatch).
 * Story grouping (choose-story.ts) and the search for an ungrouped version (pick-other-version.ts) both ask it. Pure.
 */
export function filedTogether(a: { date: string; urgent: boolean }, b: { date: string; urgent: boolean }): boolean {
  return a.date === b.date || ((a.urgent || b.urgent) && Math.abs(Date.parse(a.date) - Date.parse(b.date)) <= DAY_MS);
}
