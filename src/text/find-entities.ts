import { analyseText } from './analyse-text.js';
import { matchEntityAt } from './gazetteer.js';

/** Gazetteer ids named in a text, in order of appearance (language-neutral keys for story grouping and alerts). */
export function findEntities(text: string): string[] {
  const tokens = analyseText(text);
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
