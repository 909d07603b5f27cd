import { answerTypeOf } from './answer-type.js';
import { asksSpeaker } from './names-doer.js';

/**
 * Whether the general dictionary's translations (see BilingualDictionary) may judge a question, not
 * only find its story: when it asks who said a thing ("who said tinting shops must issue a
 * certificate", `منو قال …`), or why a thing happened ("why did the ministry choose kin-ball", `ليش …`).
 * The speaker the wire names with the statement, or the cause it gives with the event (a reason's word
 * tied to the asked words: "because", `بهدف`), is the answer, so a paragraph holding the statement's or
 * the event's words in the other language tells it. Asked which one, how many, or when, a paragraph
 * holding the translated word may tell another fact of its story ("novels topped the best-selling list"
 * asked which novel sold most): there the dictionary only widens a word the question requires that no
 * dispatch holds (see DictionaryUse). Pure.
 */
export function judgedByDictionary(question: string): boolean {
  return asksSpeaker(question) || answerTypeOf(question) === 'reason';
}
