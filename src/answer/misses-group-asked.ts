import { normaliseArabic } from '../text/analyse-arabic.js';
import { analyseText } from '../text/analyse-text.js';
import { isArabicScript } from '../text/transliterate-name.js';
import { conceptStarts } from './concept-starts.js';
import { splitSentences } from './find-speaker.js';
import { figureDistance, NEAR } from './link-answer-filler.js';
import { type Concept, type Concepts, listedForms, writesAnyIn } from './weigh-concepts.js';

/**
 * `كم` and a thing counted, then `من` and the group it is counted of (`كم طالب من كلية الطب`, how many students of
 * the medical college; `كم فريق من الجهراء`): a part of a larger count is asked. Arabic normalised; `كم عدد`
 * and `كم من` (see asksPartOf) are not this shape. The word after `من` names the group.
 */
const COUNT_OF_GROUP = /(?:^|[\s؟?،,])و?كم\s+([\u0621-\u064A]+)\s+(?:[\u0621-\u064A]+\s+)?من\s+([\u0621-\u064A]+)/u;

/**
 * English asks the part after the group counted, by what it is: "how many of the teachers are from Egypt", "how
 * many of the cases were found in Jleeb", "how many of the victims were children". The word after the copula (and
 * "from", "in", "found in") names the part.
 */
const PART_THAT_IS = /\bhow\s+many\s+of\b[^?]*?\b(?:are|were|is|was)\s+(?:(?:found\s+|based\s+)?(?:from|in)\s+)?([\p{L}'-]+)/iu;

/** `عدد` (the number of) as the analyser leaves it: `كم عدد X من Y` counts X, not the word `عدد`. */
const NUMBER_OF = analyseText('عدد')[0];

/**
 * The question's concept naming the group a "how many" asks a part of (`كم طالب من كلية الطب` → the college), if
 * the question has that shape and a concept names the group's word. Pure.
 */
export function groupAsked(question: string, concepts: Pick<Concepts, 'list'>): Concept | undefined {
  const match = COUNT_OF_GROUP.exec(normaliseArabic(question));
  const english = match === null ? PART_THAT_IS.exec(question) : null;
  const word = match !== null && analyseText(match[1] as string)[0] !== NUMBER_OF ? match[2] : english?.[1];
  const group = word === undefined ? undefined : analyseText(word)[0];
  if (group === undefined) return undefined;
  return concepts.list.find((c) => c.group.some((phrase) => phrase[0] === group));
}

/**
 * Whether a passage misses the part a "how many" asks (see groupAsked): none of its sentences puts a figure within
 * NEAR tokens of the group. "3,100 students visited the fair" counts every student, not the medical college's; a
 * count of the whole told beside the group's name further off ("236 players from 12 clubs, and Qadsia's …") is not
 * the group's. A passage whose language has no form of the group is left alone: it cannot name it. Pure.
 */
export function missesGroupAsked(group: Concept, text: string): boolean {
  const lang = isArabicScript(text) ? 'ar' : 'en';
  if (!writesAnyIn(listedForms(group), lang)) return false;
  return !splitSentences(text).some((sentence) => {
    const tokens = analyseText(sentence);
    const at = conceptStarts(tokens, group);
    return at.length > 0 && figureDistance(tokens, at) <= NEAR;
  });
}
