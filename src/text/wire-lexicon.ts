import { type PhraseIndex, indexPhrases, matchPhraseAt } from './gazetteer.js';
import { wireLexiconLines } from './wire-lexicon-data.js';

export interface WireLexicon {
  /** each concept's forms in both languages, as written */
  concepts: Map<string, string[]>;
  phrases: PhraseIndex;
}

let cached: WireLexicon | null = null;

/** The wire lexicon (wire-lexicon-data.ts), parsed and indexed once; a concept's id is its first English form. */
export function loadWireLexicon(): WireLexicon {
  if (cached) return cached;
  const concepts = new Map<string, string[]>();
  for (const line of wireLexiconLines.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const [en = '', ar = ''] = line.split('|');
    const forms = [...en.split(';'), ...ar.split(';')].map((f) => f.trim()).filter(Boolean);
    concepts.set(`lex:${forms[0]}`, forms);
  }
  cached = { concepts, phrases: indexPhrases([...concepts].map(([id, forms]) => ({ id, forms }))) };
  return cached;
}

/** The lexicon concept whose form starts at `tokens[index]` (analysed tokens), longest first. */
export function matchConceptAt(tokens: readonly string[], index: number): { id: string; length: number } | null {
  return matchPhraseAt(loadWireLexicon().phrases, tokens, index);
}
