import type { PassageHit } from '../store/dispatch-store.js';

/**
 * The passages of the stories that name, over all their passages, every one of `asked` (the question's
 * topics) first, then the others, each group in the order given. A dated question's passage of the day
 * asked may answer without naming every topic (the day stands for it: the day's session of a market
 * asked "how much did it gain in the week to Thursday"); a story that names them all (the week's review,
 * filed after the day) tells what was asked in full, and leads. No story names them all: the order given.
 * `named` gives the topics a passage names. Pure.
 */
export function storiesNamingAllFirst<T>(hits: readonly PassageHit[], asked: readonly T[], named: (hit: PassageHit) => readonly T[]): PassageHit[] {
  const namedOf = namedByStory(hits, named);
  const namesAll = (hit: PassageHit) => asked.every((topic) => namedOf.get(hit.storyId)?.has(topic));
  return [...hits.filter(namesAll), ...hits.filter((hit) => !namesAll(hit))];
}

/** What each story names over all its passages, by story id: `named` gives what one passage names. Pure. */
export function namedByStory<T>(hits: readonly PassageHit[], named: (hit: PassageHit) => readonly T[]): Map<string, Set<T>> {
  const namedOf = new Map<string, Set<T>>();
  for (const hit of hits) {
    const set = namedOf.get(hit.storyId) ?? new Set<T>();
    for (const topic of named(hit)) set.add(topic);
    namedOf.set(hit.storyId, set);
  }
  return namedOf;
}
