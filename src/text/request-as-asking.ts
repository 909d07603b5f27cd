import { QUESTION_WORDS_AR } from './arabic-asking-words.js';

/**
 * A request opening a question or a clause of it, standard and Gulf (folded by normaliseArabic): "give me" (`عطني`,
 * `أعطني`, `عطيني`), "tell me" (`قول لي`, `قل لي`, `خبرني`), "I want to know", "I'd like to know" (`أبي أعرف`,
 * `أبغى أعرف`, `ودي أعرف`, `أريد أن أعرف`), "can you tell me" (`ممكن تقول لي`). A list written for this project.
 */
export const REQUEST_AR =
  '(?:(?:ممكن|لو سمحت)\\s+)?(?:[اأ]?عط(?:ني|يني|نا)|تعط(?:ني|يني)|(?:قول|قل|تقول)\\s+لي|قولي|قلي|تقولي|[اأ]?خبرني|تخبرني|(?:(?:ابي|ابغي|ابغا|ودي|اريد|حاب|حابه)\\s+)(?:ان\\s+)?(?:اعرف|افهم))';
const REQUEST = new RegExp(`(^|[،,:؛.!؟?]\\s*)${REQUEST_AR}(?=[\\s.,،؛:؟?]|$)\\s*`, 'u');

/** "If", "whether" after the request (`قول لي إذا …`): the request asks whether. */
const WHETHER_AFTER = /^(?:اذا|لو|هل)(?=\s)/u;

/** An asking word of the question's own right after the request (`أبي أعرف ليش …`): it asks, the request only drops. */
const ASKING_AFTER = new RegExp(`^(?:${QUESTION_WORDS_AR}|من|ايش)(?=\\s|$)`, 'u');

/**
 * A question with its request read as the asking word it stands for (folded, see normaliseArabic): "give me the number
 * of teams" asks what the number is (`عطني عدد الفرق` → `شنو عدد الفرق`), so it asks for a fact of a kind, not whether a
 * thing holds; "tell me if they extend it" (`قول لي إذا بيمددون`) asks whether (`هل بيمددون`); before an asking word of
 * its own (`أبي أعرف كم …`) the request only drops. Other text is left as written. Pure.
 */
export function requestAsAsking(folded: string): string {
  const match = REQUEST.exec(folded);
  if (!match) return folded;
  const after = folded.slice(match.index + match[0].length);
  const asking = WHETHER_AFTER.test(after) ? 'هل ' : ASKING_AFTER.test(after) ? '' : 'شنو ';
  return `${folded.slice(0, match.index)}${match[1]}${asking}${after.replace(WHETHER_AFTER, '').trimStart()}`;
}
