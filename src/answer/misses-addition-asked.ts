import { normaliseArabic } from '../text/analyse-arabic.js';
import { analyseText } from '../text/analyse-text.js';
import { ARABIC_WORD_END } from './arabic-word-end.js';
import { sameWord } from './judge-relevance.js';
import type { Concept, Concepts } from './weigh-concepts.js';

/**
 * One more thing asked beside the story's own, by the adverbs of addition: "too", "also", "as well",
 * "either", `أيضا`, `كذلك`, Gulf `كمان`, `برضو`, `برضه`, and `بعد` ending the question (`يفهم إنجليزي بعد؟`:
 * Gulf "too", not "after", which takes an object; nor the fixed phrases it closes, `عن بعد` "remote", `فيما بعد`
 * "later": `العمل عن بعد؟`). Arabic normalised.
 */
const ADDITION_ASKED = new RegExp(
  `\\b(?:too|also|as\\s+well|either)\\b|(?:^|\\s)(?:ايضا|كذلك|كمان|برضو|برضه|(?<!(?:^|\\s)(?:عن|فيما)\\s+)بعد\\s*[؟?]?\\s*$)${ARABIC_WORD_END}`,
  'iu',
);

/** Whether a question asks whether the story's thing holds for one more ("is Farwaniya getting a unit too?", `بيفهم إنجليزي بعد؟`). Pure. */
export const asksAddition = (question: string): boolean => ADDITION_ASKED.test(normaliseArabic(question));

/** Whether a phrase of analysed tokens stands in `tokens` (a word with a bare preposition glued on counts: see sameWord). */
export function occurs(tokens: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= tokens.length; i += 1) if (phrase.every((token, offset) => sameWord(tokens[i + offset], token))) return true;
  return false;
}

/** Whether one of a concept's phrases stands in `tokens` (see occurs). */
export const namesConcept = (tokens: readonly string[], concept: Concept): boolean => concept.group.some((phrase) => phrase.length > 0 && occurs(tokens, phrase));

/**
 * The concepts the one more thing may be: the question's topics (critical, not the asker's own phrasing: see
 * Concept.asking), its places (the wire's stories are of one place: "in Ahmadi too"), and the words no dispatch
 * holds (`إنجليزي`, critical or not: the one more thing no story tells).
 */
export const topicsOf = (concepts: Concepts): Concept[] => concepts.list.filter((c) => (c.critical && !c.asking) || c.place || c.documents === 0);

/**
 * Whether a story misses the one more thing a question of addition asks (see asksAddition): a topic of
 * the question that neither its texts nor its other version names. Asked whether murals are painted on
 * schools too, the murals story names no school and a school story no mural; asked whether the
 * language model understands English too, a story of a model that understands Kuwaiti Arabic does not
 * say. A story that names the one more thing tells whether it holds ("the embassy also covers Paraguay").
 * `texts` are the dispatch's headline and paragraphs and the other version's text. Pure.
 */
export function missesAdditionAsked(concepts: Concepts, texts: readonly string[]): boolean {
  const tokens = analyseText(texts.join('\n'));
  return topicsOf(concepts).some((concept) => !namesConcept(tokens, concept));
}
