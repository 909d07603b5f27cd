import type { PassageHit } from '../store/dispatch-store.js';

/**
 * The passages with each story's together after its first one, the stories in the order of their
 * first passage, each story's passages in the order given. A story's other passages, its version
 * in the other language, its flash and updates tell the same event: after its best passage they
 * are the closest material, closer than the next story's passage that merely shares the question's
 * words (the final beside the semi-final the question asks about). Pure.
 */
export function storiesTogether(hits: readonly PassageHit[]): PassageHit[] {
  const rank = new Map<string, number>();
  for (const hit of hits) if (!rank.has(hit.storyId)) rank.set(hit.storyId, rank.size);
  return hits
    .map((hit, index) => ({ hit, index }))
    .sort((a, b) => (rank.get(a.hit.storyId) as number) - (rank.get(b.hit.storyId) as number) || a.index - b.index)
    .map(({ hit }) => hit);
}
