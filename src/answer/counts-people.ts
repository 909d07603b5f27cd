import { normaliseArabic } from '../text/analyse-arabic.js';
import { analyseText } from '../text/analyse-text.js';

/**
 * "How many people", "how many ppl", "how many guys", "كم شخص", and the Gulf "كم واحد" ("how many ones"): the question
 * counts people without saying which, and the wire names them by their role (visitors, donors,
 * pilgrims, زائر, متبرع), so no word of the question stands by the figure.
 */
const COUNTS_PEOPLE = /\bhow many (?:people|ppl|persons|individuals|guys|folks)\b|(?:^|\s)(?:كم|قديش|جم)\s+(?:واحد|شخص|نفر|فرد|انسان)(?=\s|$)/u;

/** The words that say "people" after "how many" (see COUNTS_PEOPLE), as the analyser leaves them: no topic, the slot the count fills. */
export const PEOPLE_WORDS: ReadonlySet<string> = new Set(['people', 'ppl', 'persons', 'individuals', 'guys', 'folks', 'واحد', 'شخص', 'نفر', 'فرد', 'انسان'].flatMap((word) => analyseText(word)));

/** Whether a question counts people without naming them by a role (see COUNTS_PEOPLE). Pure. */
export const countsPeople = (question: string): boolean => COUNTS_PEOPLE.test(normaliseArabic(question).toLowerCase());
