import { analyseText } from './analyse-text.js';
import { matchEntityAt } from './gazetteer.js';

/** Gazetteer ids named in already analysed tokens, in order of appearance; `adjectives: false` counts names only, not "Chinese" for China. */
export function findEntitiesInTokens(tokens: readonly string[], options: { adjectives?: boolean } = {}): string[] {
  const ids: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const match = matchEntityAt(tokens, i, options);
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
