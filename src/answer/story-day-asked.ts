import type { PassageHit } from '../store/dispatch-store.js';
import { storiesTogetherBy } from './stories-together.js';

/**
 * The relevant passages with the best passage (the first in `candidates`' order) of each dispatch filed on the day asked
 * that has none among them, of a story among them, placed before the story's first passage. A day the
 * asker names as the one they saw the report ("kuna had the cable car on thursday", `حسب اللي نشرته كونا يوم الأحد`) names the
 * dispatch they read: a story told over several days keeps its facts in its updates, and the question's words may match the
 * first day's dispatch better than the update that tells what is asked. The day points at the dispatch; the relevance judge
 * has already found the story. `candidates` are the passages judged not relevant (no near miss among them). Pure.
 */
export function withStoryDayAsked(relevant: readonly PassageHit[], candidates: readonly PassageHit[], day: string): PassageHit[] {
  const stories = new Set(relevant.map((hit) => hit.storyId));
  const added = new Map<string, PassageHit[]>();
  const taken = new Set(relevant.map((hit) => hit.dispatchId));
  for (const hit of candidates) {
    if (hit.date !== day || !stories.has(hit.storyId) || taken.has(hit.dispatchId)) continue;
    taken.add(hit.dispatchId);
    added.set(hit.storyId, [...(added.get(hit.storyId) ?? []), hit]);
  }
  if (added.size === 0) return [...relevant];
  const placed = new Set<string>();
  return relevant.flatMap((hit) => {
    if (placed.has(hit.storyId)) return [hit];
    placed.add(hit.storyId);
    return [...(added.get(hit.storyId) ?? []), hit];
  });
}

/**
 * The passages with, within each story, those filed on the day asked first (in the order given), then the story's others; the
 * stories keep the order of their first passage. The reader's language is a preference among a day's versions; the day the
 * asker names says which dispatch of the story they mean. Pure.
 */
export function dayAskedFirst(hits: readonly PassageHit[], day: string | undefined): PassageHit[] {
  if (day === undefined) return [...hits];
  return storiesTogetherBy(hits, (hit) => (hit.date === day ? 0 : 1));
}
