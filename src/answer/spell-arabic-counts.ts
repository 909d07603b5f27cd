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
  ['FEو', 'اFEاء'], // عضو → أعضاء
  ['FEي', 'اFEاء'], // حي → أحياء
];

/** The plurals of one analysed singular by PAIRS, or none. */
function pluralsOf(singular: string): string[] {
  return PAIRS.flatMap(([from, to]) => {
    if (singular.length !== from.length) return [];
    const root = new Map<string, string>();
    for (let i = 0; i < from.length; i += 1) {
      const slot = from[i] as string;
      if ('FEL'.includes(slot)) root.set(slot, singular[i] as string);
      else if (slot !== singular[i]) return [];
    }
    return [[...to].map((slot) => root.get(slot) ?? slot).join('')];
  });
}

/**
 * The text with the counted concept's Arabic words spelt out where Arabic counts them in another form than the asker's
 * singular: a feminine dual as `2` and the singular (`عقد جلستين` → `عقد 2 جلسة`, asked `كم جلسة`; `بميداليتين` asked
 * `كم ميدالية`), and a broken plural right after a figure as the singular (`بمشاركة ثماني فرق` → `ثماني فريق`, asked `كم فريق`;
 * `30 من العمال` → `30 من عامل`, asked `كم عامل`; a word the analyser drops, as `من`, may stand between). Only after a figure:
 * elsewhere the plural's shape is as often another word (`فرق`, differences). A dual's stem with the singular's `ة` is
 * analysed as the question's word was, so a name ending so (`بوتين`) is the dual of nothing asked. Pure.
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
  const singularOf = new Map(singulars.flatMap((singular) => pluralsOf(singular).map((plural): [string, string] => [plural, singular])));
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
