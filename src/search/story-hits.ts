import type { Dispatch } from '../dispatch/dispatch-types.js';
import { shiftDate } from '../shift-date.js';
import type { PassageHit } from '../store/dispatch-store.js';

/**
 * What the steps that add a story's other versions to the hits share (add-story-versions.ts, the
 * stored versions; add-unlinked-versions.ts, the ungrouped ones): the best-ranked stories' first
 * hits, the days around one, and a stored paragraph as a hit search did not score.
 */

/** The first hit of each of the first `count` stories, by story id, in rank order. */
export function firstHitsOfStories(hits: readonly PassageHit[], count: number): Map<string, PassageHit> {
  const firsts = new Map<string, PassageHit>();
  for (const hit of hits) if (!firsts.has(hit.storyId) && firsts.size < count) firsts.set(hit.storyId, hit);
  return firsts;
}

/** The days from the one before `date` to `after` days after it (one), within the days the question names, if any; `since` > `until` when they do not meet. */
export function daysAround(date: string, range?: { since: string; until: string }, after = 1): { since: string; until: string } {
  return {
    since: [shiftDate(date, -1), range?.since ?? ''].sort().at(-1) as string,
    until: [shiftDate(date, after), range?.until ?? '9999-12-31'].sort()[0] as string,
  };
}

/**
 * The days a question names widened to the days a story was found filed: search reaches a dispatch
 * filed another day only when it reports the days asked (the announcement before, the report after; see
 * withNamedDay and addStoriesInRange), so that story's versions of its own days report them too. Without
 * days asked, none.
 */
export function withStoryDays(range: { since: string; until: string } | undefined, days: readonly string[]): { since: string; until: string } | undefined {
  if (!range || days.length === 0) return range;
  const sorted = [...days].sort();
  return { since: [range.since, sorted[0] as string].sort()[0] as string, until: [range.until, sorted.at(-1) as string].sort().at(-1) as string };
}

/** A stored dispatch's paragraph as a hit that search did not score. */
export const passageOf = (d: Dispatch, paragraph: number): PassageHit => ({
  dispatchId: d.id, paragraph, text: d.paragraphs[paragraph] as string, score: 0, date: d.date, lang: d.lang, agency: d.agency,
  headline: d.headline, dateline: d.dateline, urgent: d.urgent, storyId: d.storyId,
});

/** A passage's key: its dispatch and paragraph. */
export const hitKey = (hit: Pick<PassageHit, 'dispatchId' | 'paragraph'>): string => `${hit.dispatchId}#${hit.paragraph}`;
