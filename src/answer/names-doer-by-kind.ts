import { normaliseArabic } from '../text/analyse-arabic.js';

/**
 * Doers the wire names by what they are, not by name: a body that gives or pays (a charity, a company, a sponsor, donors),
 * volunteers, and next of kin (`ذوي المتوفى`, the deceased's relatives, who consent). "Who pays for the spare parts" is
 * answered by "a charity pays for the spare parts", "who gave the wool" by `الصوف تبرعت به شركات محلية`: the wire gives no
 * name, and the kind is the fact. Not a family: the wire tells of one as those a fire or a rescue befell ("a smoke alarm
 * woke a family of seven"), seldom as a doer, save as a passive's agent (see AGENT_OF_KIND). Closed class, folded (see normaliseArabic), lower case; an Arabic word may
 * carry the article and a conjunction or preposition.
 */
const DOER_KIND = new RegExp(
  [
    '\\b(?:charity|charities|company|companies|firm|firms|sponsor|sponsors|donor|donors|benefactor|benefactors|volunteer|volunteers|relatives|shop|shops|stall|stalls|shopkeepers?|merchants?|traders?|jury|juries)\\b',
    '(?<!\\p{L})[وفبل]?(?:ال|لل)?(?:جمعيه|جمعيات|شركه|شركات|متبرع|متبرعون|متبرعين|متبرعه|متطوع|متطوعون|متطوعين|متطوعه|متطوعات|ذوي|متجر|متاجر|تاجر|تجار)(?!\\p{L})',
    // An English noun of one who practises (`-ist`, `-ician`: "a retired violinist", "a technician") after an indefinite article: a
    // person the wire gives no name. Not a list ("a checklist", "a shortlist").
    '\\ban?\\s+(?:[a-z-]+\\s+){0,2}?[a-z]{3,}(?:(?<!(?:check|play|short|wish|black|white)l)ist|ician)\\b',
  ].join('|'),
  'gu',
);

/**
 * People named by what they are as the agent of a passive ("donated to the institute by a Kuwaiti family", "bought with money
 * donated by families", "reported by residents", `من قبل أسرة كويتية`): the "by" phrase is who did the act, so a family or
 * neighbours there are doers, not those an event befell (see DOER_KIND). English "by", a determiner and up to two words before
 * the noun; Arabic `من قبل`. Closed class of nouns of people, folded, lower case.
 */
const AGENT_OF_KIND = new RegExp(
  [
    '\\bby\\s+(?:(?:a|an|the|some|several|local|one\\s+of\\s+the)\\s+)?(?:[a-z-]+\\s+){0,2}?(?:family|families|residents?|neighbou?rs?|parents|citizens|members\\s+of\\s+the\\s+public|well-wishers|philanthropists?|businessm[ae]n|businesswom[ae]n|graduates|alumni|brothers|sisters|sons|daughters|couple|twins)\\b',
    '(?<!\\p{L})من\\s+قبل\\s+(?:احد\\s+)?(?:ال)?(?:اسره|اسر|عائله|عائلات|سكان|اهالي|جيران|اولياء\\s+امور|مواطن|مواطنين|مواطنون)(?!\\p{L})',
  ].join('|'),
  'u',
);

/**
 * Whether a folded, lower-case sentence names a doer by its kind (see DOER_KIND, AGENT_OF_KIND) outside the stretches that tell who
 * reports it (`spans`; an agent anywhere): "the company said" gives its speaker, not a doer of the act. Pure.
 */
export function namesDoerByKind(folded: string, spans: ReadonlyArray<readonly [number, number]>): boolean {
  // The agent of a passive is never the speaker ("She said a piano donated … by a family"): the attribution's stretch may run over it.
  if (AGENT_OF_KIND.test(folded)) return true;
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
