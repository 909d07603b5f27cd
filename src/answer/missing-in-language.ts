import type { Lang } from '../dispatch/dispatch-types.js';
import type { AnswerType } from './answer-type.js';
import { type Concepts, listedForms, writesAnyIn } from './weigh-concepts.js';
import { FIGURED } from './figures-only-here.js';

/**
 * The question's critical words no stored dispatch holds that a passage in `lang` could write: a
 * word the lexicon gives no form for in that language ("pieces", "landmark" asked of Arabic copy) is
 * unknown there, not missing. Pure.
 */
export function missingIn(concepts: Concepts, lang: Lang): string[] {
  return concepts.list
    .filter((c) => c.critical && c.documents === 0 && writesAnyIn(listedForms(c), lang))
    .map((c) => c.group[0]?.join(' ') ?? '');
}

/**
 * Whether a passage may be judged without the question's words no dispatch holds. Where the question
 * holds none, always. Else only where its language cannot write any of them (see missingIn), the
 * question asks for a kind of fact, and either the store read no version of the passage's story in the
 * asker's language (`toldInOneLanguage`, see toldInOneLanguage: the asker's word is missing from the
 * store because no copy that could write it was filed, not because the story leaves it out) or the
 * question asks for a figure and the passage tells one its story's version in the asker's language
 * does not (`figureOnlyHere`, see figuresOnlyHere): the wire tells a story in both languages, each
 * keeping details the other leaves out, and the asker's word for such a detail is missing from the
 * store only because the version in the asker's language never told it. A word missing with nothing
 * the other version adds (a yes-or-no question, a figure both versions give) is what the story does
 * not tell: the cheapest falcon, classes for adults. Whatever the question asks, a passage may also be judged without the
 * question's one such word where `namesTheRest` says so (see waivableMissingWord): it names every other topic asked. Pure.
 */
export function judgedWithoutMissing(concepts: Concepts, type: AnswerType | null, lang: Lang, figureOnlyHere: () => boolean, toldInOneLanguage: () => boolean = () => false, namesTheRest: () => boolean = () => false): boolean {
  if (concepts.missing.length === 0) return true;
  if (missingIn(concepts, lang).length > 0) return false;
  if (concepts.missing.length === 1 && namesTheRest()) return true;
  if (type === null) return false;
  return toldInOneLanguage() || (FIGURED.has(type) && figureOnlyHere());
}
