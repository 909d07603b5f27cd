import type { PassageHit } from '../store/dispatch-store.js';
import type { AnswerType } from './answer-type.js';
import { type Concepts, conceptsNamed, type Setting, tellsAnotherInstance } from './judge-relevance.js';

/**
 * Whether a passage tells what a question asks of one day ("what art project was launched in Hawalli
 * yesterday?", `التربية أمس شقررت عن الباصات؟`, "any update on the Khairan oil yesterday?"): the question
 * asks for no kind of fact (`type` null: what happened, what was said), and the day asked narrows the
 * wire to the few stories filed on it, so the question's topic words name the story as loosely as the
 * asker remembers it (a colloquial verb, "art" for the artists). The lead of a dispatch filed on that day
 * (`day`, ISO) answers when it names, in its words or its headline's, one of the question's topics
 * (not a place, not a word of the asking), and tells no other place or instance than the one asked. Pure.
 */
export function tellsDayAsked(hit: PassageHit, setting: Setting, concepts: Concepts, type: AnswerType | null, day: string | undefined): boolean {
  if (type !== null || day === undefined || hit.paragraph !== 0 || hit.date !== day) return false;
  const topics = conceptsNamed(hit, setting, concepts).filter((c) => !c.place && !c.asking);
  return topics.length > 0 && !tellsAnotherInstance(hit, setting, concepts);
}
