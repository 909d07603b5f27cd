import { analyseText } from '../text/analyse-text.js';
import type { AnswerType } from './answer-type.js';
import { FIGURED } from './figures-only-here.js';
import type { Concepts } from './weigh-concepts.js';

/**
 * The head noun of a "what" or "which" question ("which glove brand did", "what brand are the gloves"): the kind of
 * thing the answer names, which a passage that does not name it does not give.
 */
const HEAD_ASKED = /\b(?:which|what|whats)\s+(?:the\s+)?(?:[a-z-]+\s+)?([a-z-]+)\s+(?:did|do|does|is|was|are|were|has|had|have|will|would|can|could)\b/iu;

/**
 * Whether the question's one word no dispatch holds may be left out by a passage in the other language that names every other
 * topic asked: the wire tells the fact in its own words ("is the tree campaign widening", `ستشمل حدائق الجهراء`), and a word
 * of the asking no copy writes is no sign the story leaves the fact out. Not where more than one word
 * is missing (the question asks what the store does not hold), nor for a place the question puts the thing at ("at Fintas": the
 * passage may tell another place's), nor for the kind of thing a "what" or "which" question asks ("which brand": the brand
 * is the answer, and a passage naming none tells none). Nor where the question asks who (the word is the role asked: "who
 * sponsored", "the top scorer") or a figure, a length of time or a date: a figure's word is waived only where the other
 * version leaves the figure out (see judgedWithoutMissing), else the figure told is another's ("how many fans watched"). Pure.
 */
export function waivableMissingWord(question: string, concepts: Concepts, type: AnswerType | null): boolean {
  if (type === 'person' || (type !== null && FIGURED.has(type))) return false;
  const missing = concepts.list.filter((c) => c.documents === 0);
  if (missing.length !== 1 || concepts.missing.length !== 1 || missing[0]?.critical !== true) return false;
  const [word] = missing;
  if (word === undefined || word.located === true) return false;
  const head = HEAD_ASKED.exec(question)?.[1];
  const headTokens = head === undefined ? [] : analyseText(head);
  return !word.group.some((phrase) => phrase.some((token) => headTokens.includes(token)));
}
