import type { Dispatch } from '../dispatch/dispatch-types.js';
import type { PassageHit } from '../store/dispatch-store.js';

/**
 * Whether the store read no dispatch of a passage's story in the other language: the story is told in
 * the passage's language only, so the store's copy in the other language says nothing of what it tells.
 * False when the story's other version was read (see addStoryVersions: the best stories' versions are). Pure.
 */
export function toldInOneLanguage(dispatches: ReadonlyMap<string, Dispatch>): (hit: PassageHit) => boolean {
  const told = new Set([...dispatches.values()].map((d) => `${d.storyId}\u0000${d.lang}`));
  return (hit) => !told.has(`${hit.storyId}\u0000${hit.lang === 'ar' ? 'en' : 'ar'}`);
}
