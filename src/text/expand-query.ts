import { analyseText } from './analyse-text.js';
import { detectQueryLanguage } from './detect-language.js';
import { loadGazetteer, matchEntityAt } from './gazetteer.js';
import { questionWords } from './question-words.js';

/** Concepts of a question: each group holds alternatives, each alternative a phrase of analysed tokens. */
export interface ExpandedQuery {
  lang: 'ar' | 'en' | 'mixed';
  groups: string[][][];
  /** gazetteer ids found in the question */
  entities: string[];
}

const dropped = new Set(questionWords.flatMap((word) => analyseText(word)));

/**
 * Analyses a question and expands each name the gazetteer knows into all its forms in both
 * languages, so an English question finds an Arabic dispatch and the reverse.
 */
export function expandQuery(text: string): ExpandedQuery {
  const skip = new Set(questionWords.map((w) => w.toLowerCase()));
  const kept = text
    .split(/\s+/)
    .filter((word) => !skip.has(word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')))
    .join(' ');
  const tokens = analyseText(kept);
  const { byId } = loadGazetteer();
  const groups: string[][][] = [];
  const entities: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const match = matchEntityAt(tokens, i);
    if (match) {
      const entry = byId.get(match.id);
      entities.push(match.id);
      const alternatives = new Map<string, string[]>();
      for (const form of [...(entry?.ar ?? []), ...(entry?.en ?? [])]) {
        const phrase = analyseText(form);
        if (phrase.length > 0) alternatives.set(phrase.join(' '), phrase);
      }
      groups.push([...alternatives.values()]);
      i += match.length;
      continue;
    }
    const token = tokens[i] as string;
    if (!dropped.has(token) && !groups.some((g) => g.length === 1 && g[0]?.join(' ') === token)) groups.push([[token]]);
    i += 1;
  }
  return { lang: detectQueryLanguage(text), groups, entities };
}
