import type { PassageHit } from '../store/dispatch-store.js';
import { type AnswerType, holdsAnswerType } from './answer-type.js';
import { FIGURED } from './figures-only-here.js';

/**
 * The relevant passages with, for each story answered in one language only, the first passage of the
 * story's other version (among `nearby`) that holds a filler of the type asked and a figure the
 * answering version does not tell (`figureOnlyHere`, see figuresOnlyHere), after them. The wire
 * writes both versions from one report and each keeps details the other leaves out: a passage judged
 * on the asker's words may give the story but not the figure, which only the other version tells, out
 * of the question's words' reach. It is quoted beside, never instead. Pure.
 */
export function addOtherVersionFact(relevant: readonly PassageHit[], nearby: readonly PassageHit[], type: AnswerType | null, figureOnlyHere: (hit: PassageHit) => boolean): PassageHit[] {
  if (type === null || !FIGURED.has(type)) return [...relevant];
  const languages = new Map<string, Set<string>>();
  for (const hit of relevant) languages.set(hit.storyId, (languages.get(hit.storyId) ?? new Set()).add(hit.lang));
  const added: PassageHit[] = [];
  for (const [storyId, langs] of languages) {
    if (langs.size !== 1) continue;
    const told = [...langs][0];
    const other = nearby.find((hit) => hit.storyId === storyId && hit.lang !== told && holdsAnswerType(hit.text, type) && figureOnlyHere(hit));
    if (other) added.push(other);
  }
  return [...relevant, ...added];
}
