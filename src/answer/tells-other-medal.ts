import { tellsOnlyOtherKinds } from './kinds-named.js';

/** A medal's colour, asked or told, by the word each language writes it with (Arabic normalised: ة → ه). */
const COLOURS: ReadonlyArray<readonly [string, RegExp]> = [
  // `ذهب` alone is also "went": gold is `الذهب` or `ذهبية`.
  ['gold', /\bgold(?:en)?\b|(?:^|[\s(])(?:[وفبل]?ال(?=ذهب)|[وب]?(?=ذهب(?:يه|ي|يات)))ذهب/iu],
  ['silver', /\bsilver\b|(?:^|[\s(])(?:[وفبل]?ال|[وب])?فض(?:ه|يه|ي|يات)(?=[\s.,،؛:؟?)]|$)/iu],
  ['bronze', /\bbronzes?\b|برونز/iu],
];

/**
 * Whether a dispatch tells only other medals than the one a question asks about: asked who won
 * silver, a dispatch telling a gold (and no silver) is about another podium place, though it names the
 * same championship and country. The wire's update in the other language often brings the medal the
 * first version lacks. `texts` are the dispatch's headline and paragraphs. Pure.
 */
export function tellsOtherMedal(question: string, texts: readonly string[]): boolean {
  return tellsOnlyOtherKinds(COLOURS, question, texts);
}
