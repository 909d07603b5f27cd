import { tellsOnlyOtherKinds } from './kinds-named.js';
import { AR_END, AR_START } from '../text/arabic-word-bounds.js';

const ar = (words: string) => new RegExp(`${AR_START}(?:${words})${AR_END}`, 'u');
const either = (english: RegExp, arabic: RegExp) => new RegExp(`${english.source}|${arabic.source}`, 'iu');

/**
 * The events one contest is split into, by the word each language writes them with (Arabic normalised: ة → ه): how
 * many play together (singles, doubles, mixed, the team event, the individual one) and a gymnast's apparatus (vault,
 * rings, floor, pommel horse, parallel bars, high bar, beam, uneven bars). A closed class: the wire tells each event's
 * result apart.
 */
const EVENTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['singles', either(/\bsingles\b/, ar('فردي|فرديه'))],
  ['doubles', either(/\bdoubles\b/, ar('زوجي|زوجيه|الزوجي'))],
  ['mixed', either(/\bmixed\s+(?:doubles|pairs|team|relay)\b/, ar('مختلط|مختلطه'))],
  ['team', either(/\bteams?\s+(?:event|competition|category|title|final)s?\b|\bteam\s+(?:gold|silver|bronze)\b/, /(?:منافسات|مسابقه|مسابقات|فئه|بطوله)\s+(?:ال)?فرق(?![\u0621-\u064A])|(?<![\u0621-\u064A])(?:ال)?فرقي(?:ه)?(?![\u0621-\u064A])/u)],
  ['individual', either(/\bindividual\s+(?:event|competition|category|title|final|race|gold|silver|bronze|all-around)s?\b/, /(?:منافسات|مسابقه|مسابقات|فئه)\s+(?:ال)?افراد(?![\u0621-\u064A])/u)],
  ['vault', either(/\bvault\b/, /(?:حصان|طاوله|جهاز)\s+القفز/u)],
  ['rings', either(/\b(?:still\s+)?rings\b/, /(?:جهاز|نهائي|منافسات)\s+الحلق(?![\u0621-\u064A])|حلقات/u)],
  ['floor', either(/\bfloor\s+(?:exercises?|final|event|routine)\b/, /الحركات\s+الارضيه|(?:جهاز|منافسات)\s+الارضي/u)],
  ['pommel', either(/\bpommel\b/, /حصان\s+(?:المقابض|الحلق)/u)],
  ['parallel-bars', either(/\bparallel\s+bars\b/, /(?<!مختلف\s+)المتوازي(?![\u0621-\u064A])(?!\s+مختلف)/u)],
  ['high-bar', either(/\b(?:high|horizontal)\s+bar\b/, ar('العقله'))],
  ['beam', either(/\bbalance\s+beam\b/, /عارضه\s+التوازن/u)],
  ['uneven-bars', either(/\buneven\s+bars\b/, /مختلف\s+الارتفاع|مختلفه\s+الارتفاع/u)],
];

/**
 * Whether a passage tells only other events of a contest than the one a question asks: asked who won the bowling
 * singles, a passage (with its story's headline and lead and the paragraph before) telling the team event, and no
 * singles, tells another event's result, though it names the same championship. A question naming no event vetoes
 * nothing. `texts` are the passage and what stands around it. Pure.
 */
export function tellsOtherEvent(question: string, texts: readonly string[]): boolean {
  return tellsOnlyOtherKinds(EVENTS, question, texts);
}
