import { agencyOfMarker } from '../dispatch/agency-markers.js';
import { normaliseArabic } from '../text/analyse-arabic.js';
import { analyseText } from '../text/analyse-text.js';
import { ARABIC_SPEECH_VERB_FORMS, ENGLISH_TELLING_VERBS, feminineOf } from './speech-verbs.js';

/** Verbs of telling and speaking as an asker writes them: the wire's speech verbs, and "tell", "say", "speak", "talk" in each form. */
const ENGLISH_TELLING = new Set([
  ...ENGLISH_TELLING_VERBS,
  'telling', 'speak', 'speaks', 'spoke', 'speaking', 'talk', 'talks', 'talked', 'talking',
]);
/** The same in Arabic, normalised: the wire's speech verbs, their feminine, and the verbs of talking to someone (`تكلم`, `كلم`, `تحدث`). */
const ARABIC_TELLING = new Set([...ARABIC_SPEECH_VERB_FORMS, ...['تكلم', 'كلم', 'تحدث'].flatMap((verb) => [verb, feminineOf(verb)])]);

/** A word without its stops and brackets, lower case and folded. */
const bare = (word: string) => normaliseArabic(word).toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** Whether a word names one of `agencies` (as dispatches record them): "kuna", "kuna's", `لكونا`, `ل(كونا)`, `لـكونا`. */
function namesAgencyAddressed(word: string, agencies: readonly string[], arabic: boolean): boolean {
  const folded = normaliseArabic(word).replace(/[\u0640]/gu, '');
  const marker = arabic ? /^ل\(?([\u0621-\u064A]+)/u.exec(folded)?.[1] : bare(folded).replace(/['’]?s$/u, '');
  const agency = marker ? agencyOfMarker(marker) : undefined;
  return agency !== undefined && agencies.some((name) => name.toUpperCase() === agency);
}

/**
 * The analysed tokens of a verb of telling addressed to an agency that files the store's copy ("who told KUNA …", "said to
 * kuna", `منو قال لكونا`, `صرح ل(كونا)`): the asker quotes the wire's own frame of a statement, and the wire tells the same
 * statement as often with "said" in a statement, or in the other language with its own verb (`وقال`): the words frame the
 * asking, never a topic a passage must hold. Pure.
 */
export function toldAgency(question: string, agencies: readonly string[]): string[] {
  const words = question.split(/\s+/u).filter((word) => word.length > 0);
  return words.flatMap((word, i) => {
    const verb = bare(word).replace(/^[وف](?=[\u0621-\u064A]{3})/u, '');
    const english = ENGLISH_TELLING.has(verb);
    if (!english && !ARABIC_TELLING.has(verb)) return [];
    const next = english && bare(words[i + 1] ?? '') === 'to' ? words[i + 2] : words[i + 1];
    return next !== undefined && namesAgencyAddressed(next, agencies, !english) ? analyseText(word) : [];
  });
}
