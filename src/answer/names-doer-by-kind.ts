import { normaliseArabic } from '../text/analyse-arabic.js';

/**
 * Doers the wire names by what they are, not by name: a body that gives or pays (a charity, a company, a sponsor, donors),
 * volunteers, and next of kin (`ذوي المتوفى`, the deceased's relatives, who consent). "Who pays for the spare parts" is
 * answered by "a charity pays for the spare parts", "who gave the wool" by `الصوف تبرعت به شركات محلية`: the wire gives no
 * name, and the kind is the fact. Not a family: the wire tells of one as those a fire or a rescue befell ("a smoke alarm
 * woke a family of seven"), seldom as a doer. Closed class, folded (see normaliseArabic), lower case; an Arabic word may
 * carry the article and a conjunction or preposition.
 */
const DOER_KIND = new RegExp(
  [
    '\\b(?:charity|charities|company|companies|firm|firms|sponsor|sponsors|donor|donors|benefactor|benefactors|volunteer|volunteers|relatives)\\b',
    '(?<!\\p{L})[وفبل]?(?:ال|لل)?(?:جمعيه|جمعيات|شركه|شركات|متبرع|متبرعون|متبرعين|متبرعه|متطوع|متطوعون|متطوعين|متطوعه|متطوعات|ذوي)(?!\\p{L})',
  ].join('|'),
  'gu',
);

/**
 * Whether a folded, lower-case sentence names a doer by its kind (see DOER_KIND) outside the stretches that tell who
 * reports it (`spans`): "the company said" gives its speaker, not a doer of the act. Pure.
 */
export function namesDoerByKind(folded: string, spans: ReadonlyArray<readonly [number, number]>): boolean {
  return [...folded.matchAll(DOER_KIND)].some((m) => {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    return !spans.some(([from, to]) => start >= from && end <= to);
  });
}

/**
 * Whether a question names a doer's kind itself ("which charity pays", `منو أكبر شركة`, `أي شركات تبرعت`): it asks which
 * one, by name, and a passage giving only the kind ("a charity pays") tells what the asker knows. Pure.
 */
export const asksDoerOfKind = (question: string): boolean => KIND_NAMED.test(normaliseArabic(question).toLowerCase());

/** DOER_KIND for one test, with no position kept between calls. */
const KIND_NAMED = new RegExp(DOER_KIND.source, 'u');
