import type { Dispatch } from '../dispatch/dispatch-types.js';
import type { DispatchStore } from '../store/dispatch-store.js';
import { findChanges, type StoryChange } from './find-changes.js';

/** Most recent dispatches searched for a story's members. */
const SCAN = 5000;

export interface TimelineEntry {
  dispatch: Dispatch;
  /** what it added to the dispatches before it (empty for the first, and for one that only repeats) */
  changes: StoryChange[];
  first: boolean;
}

/**
 * A story's timeline across its updates and both languages, newest first, each entry with what it
 * added to those before it. Null when no stored dispatch belongs to the story.
 */
export async function storyTimeline(store: DispatchStore, storyId: string): Promise<TimelineEntry[] | null> {
  const members = (await store.listDispatches({ limit: SCAN })).filter((d) => d.storyId === storyId);
  if (members.length === 0) return null;
  const dispatches = (await store.getDispatches(members.map((d) => d.id))).sort(
    (a, b) => a.ingestedAt.localeCompare(b.ingestedAt) || a.sourceIndex - b.sourceIndex,
  );
  const entries = dispatches.map((dispatch, i) => ({ dispatch, changes: i === 0 ? [] : findChanges(dispatches.slice(0, i), [dispatch]), first: i === 0 }));
  return entries.reverse();
}
