import { normaliseArabic } from '../text/analyse-arabic.js';
import { kindsNamed } from './kinds-named.js';

/** Whose event or team a text names by sex. */
export type Sex = 'women' | 'men';

/**
 * A pattern's source for one of `words` (an alternation, folded) as a whole Arabic word, with a conjunction or preposition
 * and the article, or `لل`, allowed before it.
 */
const arabicWord = (words: string): string => `(?<![\\u0621-\\u064A])(?:[وبلف]?(?:ال)?|لل)(?:${words})(?![\\u0621-\\u064A])`;

/**
 * Each sex's words (Arabic normalised: ة → ه), as a noun or an adjective: "the women's race", "ladies",
 * "girls' team", `للسيدات`, `النسائيه`, `لاعبات` (and its dual, `لاعبتين`: two women players), `المراه` (woman), the Gulf's spoken `بنت` (girl) and `حرمة` (woman); "men's singles", "boys", `للرجال`, `ذكور`, and the Gulf's spoken plurals for men, `رياييل` (`رجال` with its ج spoken ي), `رياجيل`, `رجاجيل`. A closed class:
 * the wire splits its sport, and much else, by it.
 */
const SEXES: ReadonlyArray<[Sex, RegExp]> = [
  ['women', new RegExp(`\\b(?:wom[ae]n(?:'s)?|ladies|girls?(?:')?|female)\\b|${arabicWord('سيدات|نساء|نسائي|نسائيه|فتيات|لاعبات|لاعبتان|لاعبتين|اناث|مراه|امراه|بنت|بنات|حرمه|حريم')}`, 'iu')],
  ['men', new RegExp(`\\b(?:men(?:'s)?|boys?(?:')?|male)\\b|${arabicWord('رجال|ذكور|رياييل|رياجيل|رجاجيل')}`, 'iu')],
];

/** The sexes a text names. Pure. */
export const sexesNamed = (text: string): Set<Sex> => kindsNamed(SEXES, text);

/**
 * Whether a passage misses the sex a question asks: asked who won the women's championship, a passage
 * that (with its story's headline and lead and the paragraph before) names no women tells the men's, or
 * no one's. A question naming neither sex, or both, vetoes nothing. `texts` are the passage and what
 * stands around it. Pure.
 */
export function missesSexAsked(question: string, texts: readonly string[]): boolean {
  const asked = sexesNamed(question);
  if (asked.size !== 1) return false;
  const told = sexesTold(texts.join('\n'));
  return ![...asked].some((sex) => told.has(sex));
}

/**
 * The women's words in the singular (normalised): the wire counts eleven and more with the noun in the singular (`18 سيدة`,
 * `34 لاعبة`, `25 فتاة`), where SEXES reads the plural (`سيدات`, `لاعبات`, `فتيات`).
 */
const WOMAN_COUNTED = new RegExp(arabicWord('سيده|فتاه|لاعبه|انثي'), 'u');

/** A count of both sexes together, the noun's masculine then its feminine (`36 لاعبا ولاعبة`): no woman apart. */
const BOTH_COUNTED = /(?<![\u0621-\u064A])([\u0621-\u064A]{3,})ا\s+و\1ه(?![\u0621-\u064A])/gu;

/**
 * Women told by the feminine dual of a doer's noun (the pattern فاعل, normalised): `سائقتين` (two women drivers), `حارستان`, as
 * SEXES reads `لاعبتين`. Not the plural in `ات`: the wire's things take it too (`الطائرات`, planes; `حافلات`, buses).
 */
const WOMEN_DOERS = new RegExp(arabicWord('([\\u0621-\\u064A]ا[\\u0621-\\u064A]{2})(?:تين|تان)'), 'u');

/**
 * One child told by the Arabic noun's gender (normalised): `طفل`, `الطفل`, `طفلا` is a boy, `طفلة` a girl, as English copy writes "a
 * nine-year-old boy". Only in what a passage tells: a question counts children of both sexes with the masculine (`كم طفل`).
 */
const BOY_TOLD = new RegExp(arabicWord('طفل|طفلا'), 'u');
const GIRL_TOLD = new RegExp(arabicWord('طفله'), 'u');

/** The sexes a passage tells: those it names (see sexesNamed), women counted in the singular (see WOMAN_COUNTED) or two women doers (WOMEN_DOERS), not beside men, and one child by its noun's gender (BOY_TOLD, GIRL_TOLD). Pure. */
function sexesTold(text: string): Set<Sex> {
  const told = sexesNamed(text);
  const folded = normaliseArabic(text).replace(BOTH_COUNTED, ' ');
  if (WOMAN_COUNTED.test(folded) || WOMEN_DOERS.test(folded) || GIRL_TOLD.test(folded)) told.add('women');
  if (BOY_TOLD.test(folded)) told.add('men');
  return told;
}

/**
 * A question asking which sex one is: the two set against each other ("male or female", "a boy or a girl", `ذكر ولا أنثى`,
 * `ولد أو بنت`) or the word for it ("what gender", "the sex of", `ما جنسه`; not `جنسية`, the nationality). Arabic read normalised.
 */
const MAN_EN = String.raw`(?:male|man|boy)`;
const WOMAN_EN = String.raw`(?:female|woman|girl)`;
const MAN_AR = '(?:ذكر|ولد|رجل|صبي)';
const WOMAN_AR = '(?:انثي|بنت|امراه|مره|حرمه)';
const OR_AR = '(?:او|ام|ولا|والا|لو)';
const WHICH_SEX = new RegExp(
  [
    String.raw`\b${MAN_EN}\s+or\s+(?:an?\s+)?${WOMAN_EN}\b`,
    String.raw`\b${WOMAN_EN}\s+or\s+(?:an?\s+)?${MAN_EN}\b`,
    String.raw`\b(?:what|which)\s+(?:sex|gender)\b|\b(?:sex|gender)\s+of\b`,
    String.raw`(?<![\u0621-\u064A])${MAN_AR}\s+${OR_AR}\s+${WOMAN_AR}(?![\u0621-\u064A])`,
    String.raw`(?<![\u0621-\u064A])${WOMAN_AR}\s+${OR_AR}\s+${MAN_AR}(?![\u0621-\u064A])`,
    String.raw`(?<![\u0621-\u064A])(?:ما|شو|شنو|ايش|وش)\s+(?:هو\s+|هي\s+)?جنس(?:ه|ها)?(?![\u0621-\u064A])`,
  ].join('|'),
  'iu',
);

/**
 * Words that tell one's sex, singular or plural: the two sexes' words (see SEXES) and "a 29-year-old man", "a female", `رجل`,
 * `فتاه`, `أنثى`, `الذكر`. Not `ذكر` bare (also "he mentioned"), nor a pronoun (the wire's "he said" is its speaker's).
 */
const SEX_TOLD = /\b(?:m[ae]n(?:'s)?|wom[ae]n(?:'s)?|boys?|girls?|males?|females?|lady|ladies)\b|(?<![\u0621-\u064A])(?:[وبلف]?(?:ال)?|لل)(?:ذكور|انثي|اناث|رجل|رجال|امراه|مراه|نساء|سيده|سيدات|بنت|فتاه|فتيات|شاب|شابه|طفله)(?![\u0621-\u064A])|(?<![\u0621-\u064A])(?:[وبلف]?ال|لل)(?:ذكر|ولد)(?![\u0621-\u064A])|(?<![\u0621-\u064A])ذكرا(?![\u0621-\u064A])/iu;

/** Whether a question asks which sex one is (see WHICH_SEX). Pure. */
export const asksWhichSex = (question: string): boolean => WHICH_SEX.test(normaliseArabic(question));

/**
 * Whether a passage misses the sex a question asks of one ("is the osprey male or female", `المريض ذكر ولا أنثى`): it
 * (with its story's headline and lead and the paragraph before) has no word telling anyone's sex (see SEX_TOLD). Pure.
 */
export function missesWhichSex(texts: readonly string[]): boolean {
  return !SEX_TOLD.test(normaliseArabic(texts.join('\n')));
}
