import { analyseText } from '../text/analyse-text.js';
import { normaliseArabic } from '../text/analyse-arabic.js';
import { memoiseBounded } from '../text/memoise-bounded.js';
import { isArabicScript } from '../text/transliterate-name.js';
import { isNumberToken } from './link-answer-filler.js';
import type { Concept } from './weigh-concepts.js';

/**
 * A feminine noun's dual (`جلستين`, `بميداليتين`, `مدرستان`): the conjunction, a preposition or the article before it, the
 * singular's stem and `تين`/`تان`. Arabic writes "two sessions" as this one word, with no figure.
 */
const FEMININE_DUAL = /^(?:[وفبلك]|وب|ول|وال|بال|فال|لل|ال)?(\p{L}{2,})(?:تين|تان)$/u;

/**
 * The short broken plurals and their singulars, as letter patterns over analysed tokens (a final `ة` taken off, `ا` for every
 * alef): `F`, `E`, `L` stand for a root's three letters. The store's plural variants leave these out (see
 * arabic-plural-variants.ts: too many words of their shape are no plural), but a word of that shape right after a figure is
 * what the figure counts, so a plural. A singular ending in a weak letter takes a hamza in the plural (`عضو` → `أعضاء`).
 */
const PAIRS: ReadonlyArray<readonly [singular: string, plural: string]> = [
  ['FEيL', 'FEL'], // فريق → فرق، مدينة → مدن، سفينة → سفن
  ['FاEL', 'FEاL'], // عامل → عمال، طالب → طلاب، تاجر → تجار
  ['FEL', 'اFEاL'], // طفل → أطفال، شهر → أشهر
  ['FاEL', 'FواEL'], // شاطئ → شواطئ، شارع → شوارع، قاعدة → قواعد
  ['FEو', 'اFEاء'], // عضو → أعضاء
  ['FEي', 'اFEاء'], // حي → أحياء
];

/** `token` read as the pattern `from` and written as the pattern `to` (see PAIRS), or none where it does not fit. */
function reshape(token: string, from: string, to: string): string[] {
  if (token.length !== from.length) return [];
  const root = new Map<string, string>();
  for (let i = 0; i < from.length; i += 1) {
    const slot = from[i] as string;
    if ('FEL'.includes(slot)) root.set(slot, token[i] as string);
    else if (slot !== token[i]) return [];
  }
  return [[...to].map((slot) => root.get(slot) ?? slot).join('')];
}

/** The plurals of one analysed singular by PAIRS, or none. */
const pluralsOf = (singular: string): string[] => PAIRS.flatMap(([from, to]) => reshape(singular, from, to));

/**
 * The singulars of an analysed word the asker wrote as a short broken plural (`الرضع` → `رضيع`), each also in the accusative a
 * figure puts it in (`26 رضيعا`), or none. The `ة` a feminine singular ends in is left off, as the analyser leaves it.
 */
const singularsOf = (plural: string): string[] => PAIRS.flatMap(([singular, from]) => reshape(plural, from, singular)).flatMap((singular) => [singular, `${singular}ا`]);

/**
 * The text with the counted concept's Arabic words spelt out where Arabic counts them in another form than the asker's
 * singular: a feminine dual as `2` and the singular (`عقد جلستين` → `عقد 2 جلسة`, asked `كم جلسة`; `بميداليتين` asked
 * `كم ميدالية`), and a broken plural right after a figure as the singular (`بمشاركة ثماني فرق` → `ثماني فريق`, asked `كم فريق`;
 * `30 من العمال` → `30 من عامل`, asked `كم عامل`; a word the analyser drops, as `من`, may stand between). Only after a figure:
 * elsewhere the plural's shape is as often another word (`فرق`, differences). A dual's stem with the singular's `ة` is
 * analysed as the question's word was, so a name ending so (`بوتين`) is the dual of nothing asked. The other way round, a
 * singular after a figure is the asker's short broken plural (`26 رضيعا` asked `عدد الرضع`). Pure.
 */
export function spellArabicCounts(text: string, counted: Pick<Concept, 'group'>): string {
  const singulars = counted.group.filter((phrase) => phrase.length === 1 && isArabicScript(phrase[0] as string)).map((phrase) => phrase[0] as string);
  if (singulars.length === 0) return text;
  return spelt({ text, singulars });
}

/**
 * spellArabicCounts's spelling of a text for the asker's singulars, remembered: a passage is judged on it, and its count of
 * the thing asked is read from it by several checks (see countsAskedThing), each of which would spell it again.
 */
const spelt = memoiseBounded(spellFor, 2000, ({ text, singulars }) => `${singulars.join(' ')}\u0000${text}`);

function spellFor({ text, singulars }: { text: string; singulars: readonly string[] }): string {
  // A plural after a figure read as the asker's singular (`ثماني فرق` asked `كم فريق`), and a singular after a figure as the asker's
  // short broken plural (`26 رضيعا` asked `عدد الرضع`): one thing counted, in the number the asker and the wire each wrote it in.
  const singularOf = new Map([
    ...singulars.flatMap((singular) => pluralsOf(singular).map((plural): [string, string] => [plural, singular])),
    ...singulars.flatMap((plural) => singularsOf(plural).map((singular): [string, string] => [singular, plural])),
    // A figure of eleven to ninety-nine puts its singular in the accusative (`45 معلما` asked `عدد المعلمين`).
    ...singulars.filter((singular) => !singular.endsWith('ا')).map((singular): [string, string] => [`${singular}ا`, singular]),
  ]);
  let previous = '';
  return text.replace(/[\p{L}\p{N}]+(?:[.,٫]\p{N}+)*/gu, (word) => {
    const folded = normaliseArabic(word);
    const token = analyseText(word)[0];
    const afterFigure = isNumberToken(previous);
    if (token !== undefined) previous = token;
    const stem = FEMININE_DUAL.exec(folded)?.[1];
    const dualOf = stem === undefined ? undefined : analyseText(`${stem}ة`)[0];
    if (dualOf !== undefined && singulars.includes(dualOf)) return `2 ${stem}ة`;
    const singular = afterFigure && token !== undefined ? singularOf.get(token) : undefined;
    return singular ?? word;
  });
}
