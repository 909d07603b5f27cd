import type { Dispatch, Lang } from '../dispatch/dispatch-types.js';
import { figuresTold } from './fact-in-other-version.js';
import { otherVersions } from './other-version-text.js';

/**
 * The paragraphs of one other-language version that correspond to a passage's: those sharing the
 * most of the figures it tells (a translation keeps its figures), or, when the passage tells none
 * or no paragraph shares one, those at its position and either side of it (the versions run in the
 * same order, one may split or merge a paragraph). Pure.
 */
export function correspondingParagraphs(text: string, index: number, paragraphs: readonly string[], figuresOf: (text: string) => Set<string> = figuresTold): string[] {
  const sharing = sharingMostFigures(text, paragraphs, figuresOf);
  if (sharing.length > 0) return sharing.map((i) => paragraphs[i] as string);
  return paragraphs.slice(Math.max(0, index - 1), index + 2);
}

/**
 * The indices of the `paragraphs` that share the most of the figures `text` tells (a translation keeps its
 * figures), in order; none when it tells none or no paragraph shares one. Pure.
 */
export function sharingMostFigures(text: string, paragraphs: readonly string[], figuresOf: (text: string) => Set<string> = figuresTold): number[] {
  const figures = figuresTold(text);
  if (figures.size === 0) return [];
  const shared = paragraphs.map((p) => [...figuresOf(p)].filter((f) => figures.has(f)).length);
  const most = Math.max(0, ...shared);
  return most === 0 ? [] : shared.flatMap((n, i) => (n === most ? [i] : []));
}

/**
 * For a passage (its story, language, paragraph and text), the text of the story's other-language
 * version that tells the same: each version's headline and its paragraphs corresponding to the
 * passage (see correspondingParagraphs), or '' when none was read. A word the passage's language
 * cannot write is the passage's when the corresponding text names it, not when another paragraph of
 * the story does, about another item ("a crate of okra" beside the passage's lemons). Pure.
 */
export function otherVersionParagraph(dispatches: ReadonlyMap<string, Dispatch>): (storyId: string, lang: Lang, index: number, text: string) => string {
  const versionsOf = otherVersions(dispatches);
  // A version's paragraphs are compared with every passage of its story in the other language: their figures are read once.
  const told = new Map<string, Set<string>>();
  const figuresOf = (paragraph: string) => {
    let figures = told.get(paragraph);
    if (figures === undefined) {
      figures = figuresTold(paragraph);
      told.set(paragraph, figures);
    }
    return figures;
  };
  return (storyId, lang, index, text) =>
    versionsOf(storyId, lang).map((d) => [d.headline, ...correspondingParagraphs(text, index, d.paragraphs, figuresOf)].join('\n')).join('\n');
}
