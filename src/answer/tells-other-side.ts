import { normaliseArabic } from '../text/analyse-arabic.js';
import { analyseText } from '../text/analyse-text.js';
import type { Concepts } from './weigh-concepts.js';

/** Which side of an occasion a text places something: "after Eid", "before the season ends", `بعد العيد`, `قبل العيد`. */
export type Side = 'before' | 'after';

/**
 * A side word and the words after it (Arabic normalised): "ahead of the Eid holiday", `عشيه العيد`, "following the final";
 * not `من قبل` ("by", the passive's doer), `عن بعد` ("remote") or `فيما بعد` ("later").
 */
const SIDES: ReadonlyArray<[Side, RegExp]> = [
  ['before', /\b(?:before|ahead\s+of|prior\s+to|on\s+the\s+eve\s+of)\s+((?:[\p{L}\d'-]+\s*){1,4})|(?:^|\s)(?<!من\s)(?:قبل|عشيه|استعدادا\s+ل)\s*((?:[\p{L}\d]+\s*){1,3})/giu],
  ['after', /\b(?:after|following)\s+((?:[\p{L}\d'-]+\s*){1,4})|(?:^|\s)(?<!(?:عن|فيما)\s)(?:بعد|عقب)\s+((?:[\p{L}\d]+\s*){1,3})/giu],
];

/** The analysed words a text places on each side: "a day before the spring camping season ends" → before: spring, camp, season, end. */
function sidesOf(text: string): Map<Side, string[][]> {
  const folded = normaliseArabic(text);
  return new Map(SIDES.map(([side, pattern]) => [side, [...folded.matchAll(pattern)].map((match) => analyseText(match[1] ?? match[2] ?? ''))]));
}

/**
 * The occasion a question asks one side of, as the analysed words after its side word ("after the
 * season ended" → season, end; `بعد العيد` → عيد), or null when it names no side.
 */
export function askedSide(question: string): { side: Side; words: string[] } | null {
  for (const [side, phrases] of sidesOf(question)) {
    const words = phrases.flat();
    if (words.length > 0) return { side, words };
  }
  return null;
}

/**
 * Whether a dispatch tells the other side of the occasion asked than the question asks: asked what
 * happened after Eid, a dispatch that places its report only before it ("brisk sales ahead of Eid",
 * `قبل العيد` in its headline) tells another time, whatever figure it gives; asked what the
 * municipality removed after the season ended, "a day before the season ends" is a near miss.
 * `occasion` tells whether an analysed phrase names the occasion asked (the question's concept, in
 * either language). A dispatch that names both sides tells the asked one too. Pure.
 */
export function tellsOtherSide(asked: Side, occasion: (tokens: readonly string[]) => boolean, texts: readonly string[]): boolean {
  const told = texts.map(sidesOf);
  const names = (side: Side) => told.some((sides) => (sides.get(side) ?? []).some(occasion));
  return names(asked === 'before' ? 'after' : 'before') && !names(asked);
}

/**
 * For a question that asks one side of an occasion, whether a dispatch's texts (its headline and
 * paragraphs) tell only the other (see tellsOtherSide); the occasion is the question's concepts
 * among the words after its side word, so "after Eid" meets the wire's "ahead of Eid" and `قبل العيد`.
 * A question that names no side, or no concept after it, vetoes nothing.
 */
export function tellsSideNotAsked(question: string, concepts: Concepts): (texts: readonly string[]) => boolean {
  const asked = askedSide(question);
  if (!asked) return () => false;
  const occasion = concepts.list.filter((c) => c.group.some((phrase) => phrase.length > 0 && phrase.every((token) => asked.words.includes(token))));
  if (occasion.length === 0) return () => false;
  const named = (tokens: readonly string[]) => occasion.some((c) => c.group.some((phrase) => phrase.length > 0 && phrase.every((token) => tokens.includes(token))));
  return (texts) => tellsOtherSide(asked.side, named, texts);
}
