import type { PassageHit } from '../store/dispatch-store.js';
import { type Concepts, conceptsNamed, type Setting } from './judge-relevance.js';

/** The concepts without the general dictionary's alternatives (see Concept.dictionary): what the lists and the store name them by. */
function withoutDictionary(concepts: Concepts): Concepts {
  const list = concepts.list.map((c) => {
    if (c.dictionary === undefined) return c;
    const general = new Set(c.dictionary.map((phrase) => phrase.join(' ')));
    return { ...c, group: c.group.filter((phrase) => !general.has(phrase.join(' '))) };
  });
  return { ...concepts, list };
}

/**
 * Whether a passage names a concept of the question only through a general dictionary's translation of it (see
 * Concept.dictionary): `judged` weighed with the dictionary judging (see DictionaryUse), the passage (with its story and the
 * paragraph before, see conceptsNamed) naming more of its concepts than it names without the dictionary's alternatives.
 * A passage in the other language than the question's holding the translation of the asker's word (`للتبني` for "adopt",
 * `مطارد` for "chased") tells the thing asked in its own words, which no list bridges. The concepts without the dictionary
 * are made once per question, for every passage judged. Pure.
 */
export function namedThroughDictionary(judged: Concepts): (hit: PassageHit, setting: Setting) => boolean {
  if (!judged.list.some((c) => c.dictionary !== undefined)) return () => false;
  const plain = withoutDictionary(judged);
  return (hit, setting) => conceptsNamed(hit, setting, judged).length > conceptsNamed(hit, setting, plain).length;
}
