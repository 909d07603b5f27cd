import { analyseText } from './analyse-text.js';
import { matchEntityAt } from './gazetteer.js';

/** Gazetteer ids named in already analysed tokens, in order of appearance. */
export function findEntitiesInTokens(tokens: readonly string[]): string[] {
  const ids: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const match = matchEntityAt(tokens, i);
    if (match) {
      ids.push(match.id);
      i += match.length;
    } else {
      i += 1;
    }
  }
  return ids;
}

/** Gazetteer ids named in a text (language-neutral keys for story grouping and alerts). */
export function findEntities(text: string): string[] {
  return findEntitiesInTokens(analyseText(text));
}
