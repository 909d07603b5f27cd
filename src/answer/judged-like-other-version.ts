import type { Lang } from '../dispatch/dispatch-types.js';
import type { PassageHit } from '../store/dispatch-store.js';
import type { Concept } from './weigh-concepts.js';

/** How one passage was judged: relevant on the question's own words (`own`), answering at all (`speaks`), a near miss (`another`). */
export interface JudgedPassage {
  hit: PassageHit;
  own: boolean;
  speaks: boolean;
  another: boolean;
}

/**
 * A story that answers only through its version in the other language was judged there without the asked words that
 * language cannot write (see unwritableTopics), while its version in the asker's language had to name each of them in its
 * own words: the wire's other word for one ("divers had brought up" for "bring", `غرقت` for `الغارقة`) failed it where the
 * translation was never tried. The asker's version is judged on the words the other version was judged on (`relevantWithout`,
 * the words all of that version's answering passages were excused from left out); a passage of it that answers so joins the
 * answer (`throughOtherVersion`): judged on fewer words, it is quoted after that version's passages (see readersVersionFirst). A near miss stays one; a story whose asker's
 * version answers already, or whose other version was excused nothing, is left as judged. Pure.
 */
export function judgedLikeOtherVersion<T extends JudgedPassage>(
  judged: readonly T[],
  lang: Lang,
  waivedOf: (hit: PassageHit) => readonly Concept[],
  relevantWithout: (hit: PassageHit, waived: readonly Concept[]) => boolean,
): (T & { throughOtherVersion?: true })[] {
  // A passage in the asker's language judged on every word it can write answers better than any judged on fewer.
  // Only one story answering: with several, the words excused may be just what tells them apart (another story's version holds them).
  if (judged.some((j) => j.speaks && j.hit.lang === lang) || new Set(judged.filter((j) => j.speaks).map((j) => j.hit.storyId)).size !== 1) return [...judged];
  const stories = new Map<string, T[]>();
  for (const j of judged) stories.set(j.hit.storyId, [...(stories.get(j.hit.storyId) ?? []), j]);
  const lifted = new Set<T>();
  for (const passages of stories.values()) {
    const others = passages.filter((j) => j.own && j.hit.lang !== lang);
    if (others.length === 0) continue;
    const waived = others.map((j) => waivedOf(j.hit)).reduce((common, list) => common.filter((c) => list.includes(c)));
    if (waived.length === 0) continue;
    for (const j of passages) if (j.hit.lang === lang && !j.another && relevantWithout(j.hit, waived)) lifted.add(j);
  }
  return judged.map((j) => (lifted.has(j) ? { ...j, own: true, speaks: true, throughOtherVersion: true } : j));
}
