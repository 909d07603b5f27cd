import type { PassageHit } from '../store/dispatch-store.js';
import { analyseText } from '../text/analyse-text.js';
import { AR_MONTHS, EN_MONTH_WORDS, STANDALONE_YEAR, TIME_OF_DAY } from './calendar-words.js';
import { splitSentences } from './find-speaker.js';
import { countedNouns, isTimeUnit } from './counted-nouns.js';
import { countPositions } from './link-answer-filler.js';
import { tellsMoney } from './tells-money.js';
import type { Concept } from './weigh-concepts.js';

/** The Arabic months as the wire writes them, hamza or none (`أبريل`, `ابريل`). */
const AR_MONTHS_WRITTEN = AR_MONTHS.replaceAll('ا', '[اأإآ]');
/** A date, a time or an ordinal written in figures or words ("April 19", "29 أبريل", "2026", "10 a.m.", "the 11th", `الحادية عشرة`): it dates or ranks, it counts nothing. A month as a whole word: "5 markets" counts. */
const DATED = new RegExp(
  `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${EN_MONTH_WORDS})\\b|\\b(?:${EN_MONTH_WORDS})\\b\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\d{1,2}\\s+(?:${AR_MONTHS_WRITTEN})|\\b\\d+(?:st|nd|rd|th)\\b|(?<=^|\\s)ال[\\u0621-\\u064A]+\\s+عشر[ةه]?(?=[\\s.,،]|$)|${STANDALONE_YEAR.source}|${TIME_OF_DAY.source}`,
  'giu',
);

/** Whether a passage counts something: a figure with no unit, not money, a measure, a length of time or a date ("146 collections", `300 متطوع`). Pure. */
export function countsSomething(text: string): boolean {
  return splitSentences(text.replace(DATED, ' ')).some((sentence) => countPositions(analyseText(sentence)).length > 0);
}

/** Whether a passage's figures are money (and dates) only: asked how many, it counts nothing ("the prize is worth 5,000 dinars, the ceremony on April 29"). Pure. */
export const tellsOnlyMoney = (text: string): boolean => tellsMoney(text) && !countsSomething(text);

/**
 * Whether a passage's figures are money, lengths of time ("in 6.84 seconds") and dates only: asked how many, it
 * counts nothing, like a passage telling only money. Pure.
 */
export const tellsOnlyMoneyOrTime = (text: string): boolean => (tellsMoney(text) || countedNouns(text).some(isTimeUnit)) && !countsSomething(text);

/** "how many" or `كم` and the word after it: what the question counts, or the money it asks of (`كم جائزة`, `كم حجم`). Not "how much": it asks an amount. */
const HOW_MANY = /\bhow\s+many\s+([\p{L}'-]+)|(?:^|\s)كم\s+([\p{L}]+)/iu;

/** The concept a "how many" (`كم`) question asks of: the one its word after the question word belongs to, if any. Pure. */
export function conceptAskedOf(question: string, concepts: readonly Concept[]): Concept | undefined {
  const match = HOW_MANY.exec(question);
  const token = match ? analyseText(match[1] ?? match[2] ?? '')[0] : undefined;
  return token === undefined ? undefined : concepts.find((c) => c.group.some((phrase) => phrase.length === 1 && phrase[0] === token));
}

/** Whether a text names a concept in any of its forms. */
function names(text: string, concept: Concept): boolean {
  const tokens = analyseText(text);
  return concept.group.some((phrase) => phrase.length > 0 && tokens.some((_, i) => phrase.every((token, k) => tokens[i + k] === token)));
}

/**
 * A "how many" answer whose relevant passages of a story tell only money or lengths of time (see tellsOnlyMoneyOrTime),
 * and never name what is
 * asked (`asked`: the money of a prize asked `كم جائزة` names the prize and stays), where a sibling
 * paragraph of that story (the same dispatch, or its other-language version) counts: the sibling
 * answers and the money passage goes. Asked "how many collections were entered", the jury's "the prize
 * is worth 5,000 dinars" counts nothing, and its version's "146 collections had been entered" does.
 * `candidates` are the passages read that were not relevant, `onTopic` whether one is on the
 * question's topic. Money asked keeps every passage as it is. Pure.
 */
export function siblingThatCounts(
  relevant: readonly PassageHit[],
  candidates: readonly PassageHit[],
  asked: Concept,
  onTopic: (hit: PassageHit) => boolean,
): { relevant: PassageHit[]; joined: PassageHit[] } {
  const moneyOnly = relevant.filter((hit) => tellsOnlyMoneyOrTime(hit.text) && !names(hit.text, asked));
  const stories = new Set(moneyOnly.map((hit) => hit.storyId));
  const joined: PassageHit[] = [];
  for (const hit of candidates) {
    if (!stories.has(hit.storyId) || joined.some((j) => j.storyId === hit.storyId)) continue;
    if (countsSomething(hit.text) && onTopic(hit)) joined.push(hit);
  }
  if (joined.length === 0) return { relevant: [...relevant], joined };
  const replaced = new Set(joined.map((hit) => hit.storyId));
  const out: PassageHit[] = [];
  for (const hit of relevant) {
    if (!(replaced.has(hit.storyId) && moneyOnly.includes(hit))) out.push(hit);
    else for (const j of joined) if (j.storyId === hit.storyId && !out.includes(j)) out.push(j);
  }
  return { relevant: out, joined };
}
