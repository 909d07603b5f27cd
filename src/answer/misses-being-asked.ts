import { normaliseArabic } from '../text/analyse-arabic.js';
import { analyseText } from '../text/analyse-text.js';
import { ARABIC_WORD_END } from './arabic-word-end.js';
import { namesConcept, topicsOf } from './misses-addition-asked.js';
import type { Concepts } from './weigh-concepts.js';

/** Arabic script: a phrase or a text the Arabic copy writes. */
const ARABIC = /[\u0621-\u064A]/u;

/** Latin letters: a phrase or a text the English copy writes. */
const LATIN = /[a-z]/iu;

/**
 * One thing or another offered ("school on Saturday or a day off?", `دوام ولا عطلة؟`, `أو`): the story tells which, and
 * names one of them only.
 */
const ALTERNATIVES = new RegExp(`\\bor\\b|(?:^|\\s)(?:ولا|او|والا)${ARABIC_WORD_END}`, 'iu');

/** Whether a question offers one thing or another (see ALTERNATIVES). Pure. */
export const offersAlternatives = (question: string): boolean => ALTERNATIVES.test(normaliseArabic(question));

/** The tag "or not" (`ولا لا`, `او لا`, "or not"): it asks whether, and offers nothing else. Arabic normalised. */
const OR_NOT = new RegExp(`\\bor\\s+not\\b|(?:^|\\s)(?:ولا|او|والا)\\s+(?:لا|لاء)${ARABIC_WORD_END}`, 'giu');

/** Whether a question offers one thing or another (see offersAlternatives), its tag "or not" (see OR_NOT) offering none. Pure. */
export const offersTwoThings = (question: string): boolean => offersAlternatives(normaliseArabic(question).replace(OR_NOT, ' '));

/**
 * Words of otherness, analysed: "another", "other", "second", "else", "different", `ثاني`, `آخر`, `مختلف`. Asked whether
 * there is another one ("another group wedding", `مستشفى ثاني`), the story names which one (Ahmadi's, Jahra's), not the word.
 */
const OTHERNESS = new Set(['another', 'other', 'second', 'els', 'different', 'ثان', 'اخر', 'مختلف']);

/**
 * The letters an Arabic word keeps through its forms (analysed, folded): a participle's `م` and a verbal noun's `ت`
 * before three letters more, a plural's or a verb's ending (`ين`, `ون`, `وا`, `ات`), an object pronoun (`ها`, `هم`, `ه`)
 * and the weak letters and hamzas taken off: `محول`, `حولوا` and `تحويل` all keep `حل`; `مسائي` and `مساء` keep `مس`.
 */
export function arabicSkeleton(token: string): string {
  const unsuffixed = token.length > 3 ? token.replace(/(?:ين|ون|وا|ات|ها|هم|ه)$/u, '') : token;
  const unprefixed = /^[مت][\u0621-\u064A]{3,}$/u.test(unsuffixed) ? unsuffixed.slice(1) : unsuffixed;
  return unprefixed.replace(/[اويءئؤأإآى]/gu, '');
}

/**
 * Whether a story misses a thing whose being there a question asks ("is there parking at the tent?", `فيه بطولة بين
 * المدارس؟`): a topic of the question (see topicsOf) that none of `texts` (the dispatch's headline and paragraphs, its
 * story's other version) names, but a word of otherness (see OTHERNESS). An Arabic word is named by another form of its
 * own (`حولوا` for `محولين`: see arabicSkeleton). A word no dispatch holds, with forms in one script only, is judged only
 * against a story told in that script alone: a version in the other language may tell it in words the asker's word has
 * no form for (`دوام مسائي`, "an evening shift"). Pure.
 */
export function missesBeingAsked(concepts: Concepts, texts: readonly string[]): boolean {
  const joined = texts.join('\n');
  const tokens = analyseText(joined);
  const writes = { ar: ARABIC.test(joined), en: LATIN.test(joined) };
  const skeletons = new Set(tokens.filter((token) => ARABIC.test(token)).map(arabicSkeleton).filter((skeleton) => skeleton.length >= 2));
  return topicsOf(concepts).some((concept) => {
    if (concept.group.some((phrase) => phrase.some((token) => OTHERNESS.has(token)))) return false;
    const phrases = concept.group.filter((phrase) => phrase.length > 0);
    const judged = concept.documents > 0 || phrases.some((phrase) => (ARABIC.test(phrase.join('')) ? !writes.en : !writes.ar));
    return (
      judged &&
      !namesConcept(tokens, concept) &&
      !phrases.some((phrase) => phrase.length === 1 && ARABIC.test(phrase[0] as string) && skeletons.has(arabicSkeleton(phrase[0] as string)))
    );
  });
}
